// What the demo requests talk about: goods on the road, visas, passports and everyday needs after the lockdown.

export type Origin = { province: string; city: string; supplier: string; platePrefix: string };
export type GoodsProfile = { items: { goods: string; unit: string; min: number; max: number }[]; origins: Origin[] };

const JIANGSU: Origin[] = [
  { province: "江苏省", city: "常州市", supplier: "常州精锻材料有限公司", platePrefix: "苏D" },
  { province: "江苏省", city: "无锡市", supplier: "无锡华特铝业有限公司", platePrefix: "苏B" },
  { province: "江苏省", city: "苏州市", supplier: "苏州恒锐轴承有限公司", platePrefix: "苏E" },
  { province: "江苏省", city: "泰州市", supplier: "泰州永信特钢有限公司", platePrefix: "苏M" },
];

export const GOODS: Record<string, GoodsProfile> = {
  powertrain: {
    items: [
      { goods: "齿轮钢棒料", unit: "吨", min: 8, max: 30 },
      { goods: "铝合金铸锭", unit: "吨", min: 10, max: 40 },
      { goods: "曲轴锻件", unit: "件", min: 500, max: 3000 },
      { goods: "变速箱壳体毛坯", unit: "件", min: 300, max: 1500 },
      { goods: "轴承套圈", unit: "箱", min: 40, max: 200 },
    ],
    origins: JIANGSU,
  },
  mould: {
    items: [
      { goods: "模具钢板", unit: "吨", min: 3, max: 15 },
      { goods: "标准件（导柱导套）", unit: "箱", min: 20, max: 80 },
    ],
    origins: [JIANGSU[0], { province: "上海市", city: "上海市", supplier: "上海宝联模具钢有限公司", platePrefix: "沪A" }],
  },
  trade: {
    items: [
      { goods: "圣诞饰品", unit: "箱", min: 200, max: 1200 },
      { goods: "包装纸箱", unit: "捆", min: 100, max: 600 },
      { goods: "毛绒玩具", unit: "箱", min: 150, max: 800 },
      { goods: "节日彩灯", unit: "箱", min: 100, max: 500 },
    ],
    origins: [
      { province: "广东省", city: "汕头市", supplier: "汕头澄海宏达玩具厂", platePrefix: "粤D" },
      { province: "福建省", city: "泉州市", supplier: "泉州晋江包装材料有限公司", platePrefix: "闽C" },
      { province: "江西省", city: "上饶市", supplier: "上饶市彩虹灯饰有限公司", platePrefix: "赣E" },
    ],
  },
  apparel: {
    items: [
      { goods: "棉纱", unit: "吨", min: 5, max: 25 },
      { goods: "针织面料", unit: "卷", min: 100, max: 600 },
    ],
    origins: [
      { province: "江苏省", city: "南通市", supplier: "南通纺联纱线有限公司", platePrefix: "苏F" },
      { province: "安徽省", city: "阜阳市", supplier: "阜阳恒丰纺织有限公司", platePrefix: "皖K" },
    ],
  },
  socks: {
    items: [
      { goods: "锦纶丝", unit: "吨", min: 3, max: 12 },
      { goods: "氨纶包覆纱", unit: "吨", min: 2, max: 10 },
    ],
    origins: [
      { province: "江苏省", city: "苏州市", supplier: "苏州盛泽化纤有限公司", platePrefix: "苏E" },
      { province: "福建省", city: "福州市", supplier: "福州长乐锦纶有限公司", platePrefix: "闽A" },
    ],
  },
  plastics: {
    items: [
      { goods: "PP塑料粒子", unit: "吨", min: 10, max: 35 },
      { goods: "色母粒", unit: "吨", min: 1, max: 5 },
    ],
    origins: [
      { province: "山东省", city: "青岛市", supplier: "青岛海湾塑化有限公司", platePrefix: "鲁B" },
      { province: "上海市", city: "上海市", supplier: "上海金山石化贸易有限公司", platePrefix: "沪D" },
    ],
  },
  zipper: {
    items: [
      { goods: "铜带", unit: "吨", min: 2, max: 8 },
      { goods: "涤纶拉链布带", unit: "箱", min: 50, max: 300 },
    ],
    origins: [
      { province: "安徽省", city: "芜湖市", supplier: "芜湖精铜材料有限公司", platePrefix: "皖B" },
      { province: "江苏省", city: "常州市", supplier: "常州武进织带有限公司", platePrefix: "苏D" },
    ],
  },
};

/** The motorway exit nearest each township: drivers from outside hand over there and turn back. */
export const HANDOFF_POINTS: Record<string, string[]> = {
  CHIAN: ["义乌高速口", "义乌高速口", "义乌西高速口"],
  FOTANG: ["佛堂高速口", "义乌高速口"],
  CHOUCHENG: ["义乌高速口"],
  SUXI: ["苏溪高速口", "义乌高速口"],
  HOUZHAI: ["义乌高速口", "苏溪高速口"],
};

export const PASSPORT_DESTINATIONS = ["DEU", "DEU", "ARE", "POL", "MEX", "BRA", "RUS", "HUN", "KEN", "USA", "THA"];

export const GENERAL_SUBJECTS: { subject: string; description: string; resolution: string }[] = [
  {
    subject: "员工返岗核酸检测点协调",
    description: "公司约120名员工下周一集中返岗，希望在厂区门口临时设置核酸采样点，避免员工排长队。",
    resolution: "已协调镇卫生院于周一7:30在厂区门口设置临时采样点，采样两小时。",
  },
  {
    subject: "园区货车通行证咨询",
    description: "解除静默后园区内货车通行需要什么证明？物流车辆进出园区时被卡点拦下。",
    resolution: "已告知通行要求：凭企业复工备案和司机48小时核酸即可通行，卡点已接到通知。",
  },
  {
    subject: "复工防疫物资申领",
    description: "企业缺少测温枪和消毒液，请问能否申领一批防疫物资？",
    resolution: "已从镇应急物资库调配测温枪5把、消毒液20桶，企业已签收。",
  },
  {
    subject: "厂区周边道路拥堵",
    description: "上下班高峰期厂门口道路车辆拥堵，员工通勤时间很长，希望安排交通疏导。",
    resolution: "社区民警已与交警中队对接，高峰时段安排辅警在路口疏导。",
  },
  {
    subject: "反诈宣传进企业",
    description: "最近员工接到冒充疫情防控的诈骗电话，希望派民警来厂里做一次反诈宣讲。",
    resolution: "已于本周三午休时间在企业食堂开展反诈宣讲，约80名员工参加。",
  },
  {
    subject: "外地员工返义隔离政策咨询",
    description: "有几名安徽籍员工想返回义乌上班，来义后是否需要隔离？",
    resolution: "已电话告知最新防控政策：低风险地区来义人员持48小时核酸阴性证明即可返岗。",
  },
  {
    subject: "员工宿舍封控解除确认",
    description: "员工宿舍所在小区已解除封控，请确认员工是否可以正常出行上班。",
    resolution: "已与社区核实，小区已于当日解除封控管理，员工可正常通勤。",
  },
  {
    subject: "夜间装卸货噪音投诉协调",
    description: "为赶工期需夜间装卸货，附近居民有意见，希望社区帮忙协调。",
    resolution: "已组织企业与居民代表座谈，约定22点后停止装卸，居民表示理解。",
  },
];

export type TypeTexts = { questions: string[]; answers: string[]; replies: string[]; notes: string[]; resolutions: string[] };

export const TEXTS: Record<string, TypeTexts> = {
  SUPPLY_CHAIN_HANDOFF: {
    questions: ["请提供承运司机48小时内核酸检测报告和行程卡截图。", "请确认车辆预计到达高速口的时间是否有变动。", "请补充本地接驳车辆司机的联系方式。"],
    answers: ["司机核酸报告和行程卡截图已上传。", "司机预计提前一小时到达，已告知。", "本地接驳司机电话已补充在附件里。"],
    replies: [
      "接驳方案已确定：司机到达高速口后原地等候，卫生机构消杀后卸货，由本地车辆转运进厂。",
      "已联系高速口卡点，届时由我所民警全程对接，请司机到达前半小时来电。",
      "已与发货地政府沟通，司机返程无需隔离，对方已同意出发。",
    ],
    notes: ["已与发货地政府电话沟通，对方同意协调司机出发。", "卡点值班民警已知悉，到达时负责引导车辆至消杀点。", "企业为白名单企业，按优先件处理。"],
    resolutions: ["货物已在高速口完成消杀接驳，由本地车辆送达企业仓库。", "接驳顺利完成，司机已原路返回，无需隔离。", "货物已安全送达，企业已签收。"],
  },
  VISA_EXTENSION: {
    questions: ["请补充企业出具的在职证明和劳动合同复印件。", "请上传外国人工作许可证的扫描件。", "护照原件需本人到出入境大厅核验，请告知方便的时间。"],
    answers: ["在职证明和劳动合同已上传。", "工作许可证扫描件已上传。", "本人周四上午可以到大厅。"],
    replies: ["已为企业开通一企一策通道，请本人携带护照和照片到出入境大厅7号窗口办理。", "材料已审核通过，正在制作居留许可，请留意短信通知。"],
    notes: ["申请人签证即将到期，已安排优先受理。", "材料齐全，已提交审批。"],
    resolutions: ["居留许可已延期一年，请本人携带护照到大厅领取。", "签证换发已办结，新签证已贴入护照。", "补发手续已办结，请到7号窗口领取。"],
  },
  PASSPORT_EXPEDITE: {
    questions: ["请提供展会邀请函或参展证明。", "请确认申请人是否已在出入境大厅采集指纹和照片。"],
    answers: ["展会邀请函已上传。", "已于昨天在大厅完成采集。"],
    replies: ["已按涉外白名单企业员工简化流程加急受理，请申请人到紧急办理窗口采集指纹和照片。", "护照已进入加急制证，预计3个工作日内可领取。"],
    notes: ["出行日期较近，已按加急件报送。", "申请人无出境限制情形。"],
    resolutions: ["护照已加急制证完成，可到出入境大厅领取或选择邮寄。", "护照已寄出，快递单号已短信告知申请人。"],
  },
  GENERAL: {
    questions: ["请告知联系人方便接听电话的时间。", "请补充需要协调的具体人数和时间。"],
    answers: ["工作日下午两点后都可以。", "约120人，下周一早上7点半开始。"],
    replies: ["已收到需求，正在与相关部门协调，有进展第一时间告知。", "已安排社区民警对接，将在企业方便的时间联系。"],
    notes: ["需与镇卫生院协调，已电话联系。", "企业希望不上门，全程电话对接。"],
    resolutions: [],
  },
};

export const REJECT_REASONS: Record<string, string[]> = {
  SUPPLY_CHAIN_HANDOFF: ["发货地尚属高风险地区，暂不具备接驳条件，建议更换供应商或待风险解除后再申请。", "重复提交，已合并至前一件需求处理。"],
  VISA_EXTENSION: ["该员工已离职，企业不再具备担保资格。", "签证类型不属于本类业务，请按外国人来华探亲类别另行申请。"],
  PASSPORT_EXPEDITE: ["申请人护照尚在有效期内，无需补办。", "经核实，申请人不属于本企业员工。"],
  GENERAL: ["该需求属于市场监管部门职责，已告知企业咨询电话。", "重复提交，已合并至前一件需求处理。"],
};

export const WITHDRAW_REASONS: Record<string, string[]> = {
  SUPPLY_CHAIN_HANDOFF: ["问题已自行解决，供应商改用本地物流直接送货。", "供应商推迟发货，暂不需要接驳。"],
  VISA_EXTENSION: ["员工决定回国，不再办理延期。", "已通过其他渠道解决。"],
  PASSPORT_EXPEDITE: ["展会延期，暂不出行。", "员工取消出行计划。"],
  GENERAL: ["问题已自行解决。", "已通过其他渠道解决。"],
};

export const REOPEN_REASONS: Record<string, string> = {
  SUPPLY_CHAIN_HANDOFF: "货物到达后发现少了一车，司机仍滞留在高速口。",
  VISA_EXTENSION: "领取后发现居留许可上的姓名拼写有误。",
  PASSPORT_EXPEDITE: "领取护照时发现出生地信息有误。",
  GENERAL: "问题没有完全解决，希望再协调一次。",
};

export const RATING_COMMENTS: Record<number, string[]> = {
  5: ["响应很快，谢谢民警同志！", "办理及时，省了我们很多事。", "全程电话对接，没有打扰生产，非常满意。", ""],
  4: ["沟通顺畅，整体满意。", "处理得不错。", ""],
  3: ["结果满意，处理时间稍长。"],
  2: ["等待回复时间较长，希望能更快。"],
  1: ["问题拖了很久，多次催问才有进展。"],
};
