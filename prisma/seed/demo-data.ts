// Fictional people and enterprises for the demo. Any likeness to a real firm or person is accidental.
import type { ContactChannel, Role, VerificationStatus } from "@/generated/prisma/enums";

export const DEMO_PASSWORD = "demo-pass";

export type StaffDef = { key: string; email: string; name: string; role: Exclude<Role, "ENTERPRISE">; unit: string | null };

/** Unit staff; the first eight rows of the demo-accounts table in DOMAIN.md come first. */
export const STAFF: StaffDef[] = [
  { key: "admin", email: "admin@demo.yiwu.gov", name: "陈卫国", role: "ADMIN", unit: null },
  { key: "lead.chian", email: "lead.chian@demo.yiwu.gov", name: "楼建华", role: "LEAD", unit: "CHIAN" },
  { key: "officer.chian", email: "officer.chian@demo.yiwu.gov", name: "蒋志远", role: "OFFICER", unit: "CHIAN" },
  { key: "officer.fotang", email: "officer.fotang@demo.yiwu.gov", name: "王浩然", role: "OFFICER", unit: "FOTANG" },
  { key: "lead.exit", email: "lead.exit@demo.yiwu.gov", name: "金慧敏", role: "LEAD", unit: "EXIT_ENTRY" },
  { key: "officer.exit", email: "officer.exit@demo.yiwu.gov", name: "周晓琳", role: "OFFICER", unit: "EXIT_ENTRY" },
  { key: "officer2.chian", email: "officer2.chian@demo.yiwu.gov", name: "朱晓峰", role: "OFFICER", unit: "CHIAN" },
  { key: "lead.fotang", email: "lead.fotang@demo.yiwu.gov", name: "吴国强", role: "LEAD", unit: "FOTANG" },
  { key: "officer2.fotang", email: "officer2.fotang@demo.yiwu.gov", name: "骆丽萍", role: "OFFICER", unit: "FOTANG" },
  { key: "lead.choucheng", email: "lead.choucheng@demo.yiwu.gov", name: "傅永明", role: "LEAD", unit: "CHOUCHENG" },
  { key: "officer.choucheng", email: "officer.choucheng@demo.yiwu.gov", name: "何俊杰", role: "OFFICER", unit: "CHOUCHENG" },
  { key: "lead.suxi", email: "lead.suxi@demo.yiwu.gov", name: "龚建平", role: "LEAD", unit: "SUXI" },
  { key: "officer.suxi", email: "officer.suxi@demo.yiwu.gov", name: "虞海军", role: "OFFICER", unit: "SUXI" },
  { key: "lead.houzhai", email: "lead.houzhai@demo.yiwu.gov", name: "方志强", role: "LEAD", unit: "HOUZHAI" },
  { key: "officer.houzhai", email: "officer.houzhai@demo.yiwu.gov", name: "张雪芳", role: "OFFICER", unit: "HOUZHAI" },
  { key: "officer2.exit", email: "officer2.exit@demo.yiwu.gov", name: "李嘉怡", role: "OFFICER", unit: "EXIT_ENTRY" },
  { key: "lead.traffic", email: "lead.traffic@demo.yiwu.gov", name: "徐国庆", role: "LEAD", unit: "TRAFFIC" },
  { key: "officer.traffic", email: "officer.traffic@demo.yiwu.gov", name: "孙鹏飞", role: "OFFICER", unit: "TRAFFIC" },
  { key: "lead.health", email: "lead.health@demo.yiwu.gov", name: "杨春燕", role: "LEAD", unit: "HEALTH" },
  { key: "officer.health", email: "officer.health@demo.yiwu.gov", name: "黄敏", role: "OFFICER", unit: "HEALTH" },
];

export type Foreigner = { name: string; nationality: string; passportPattern: string };

export type EnterpriseDef = {
  key: string;
  name: string;
  township: string;
  park: string | null;
  address: string;
  contactName: string;
  whitelisted: boolean;
  aboveScale: boolean;
  status: VerificationStatus;
  rejectReason?: string;
  liaison: string | null;
  channel: ContactChannel;
  hours: string | null;
  onsite: boolean;
  contactEmail: string | null;
  staff: { email: string; name: string }[];
  /** Relative share of the generated requests; 0 for enterprises that file nothing. */
  volume: number;
  goods: string;
  foreigners: Foreigner[];
};

// Passport number patterns: A = capital letter, # = digit, X = letter or digit.
export const ENTERPRISES: EnterpriseDef[] = [
  {
    key: "powertrain", name: "浙江赤岸动力总成有限公司", township: "CHIAN", park: "赤岸绿色动力小镇",
    address: "义乌市赤岸镇动力大道1号", contactName: "楼志刚", whitelisted: true, aboveScale: true, status: "VERIFIED",
    liaison: "officer.chian", channel: "PHONE", hours: "工作日 08:30–17:30", onsite: true, contactEmail: null,
    staff: [{ email: "staff@powertrain.demo", name: "楼志刚" }, { email: "logistics@powertrain.demo", name: "朱丽娟" }],
    volume: 9, goods: "powertrain",
    foreigners: [{ name: "Markus Weber", nationality: "DEU", passportPattern: "CX#XX#XX#" }],
  },
  {
    key: "tradeco", name: "义乌佛堂环球贸易有限公司", township: "FOTANG", park: "义南工业园区",
    address: "义乌市佛堂镇义南工业园区环球路18号", contactName: "吴晓燕", whitelisted: false, aboveScale: false, status: "VERIFIED",
    liaison: "officer.fotang", channel: "IN_APP", hours: "工作日 09:00–18:00", onsite: false, contactEmail: "service@tradeco.demo",
    staff: [{ email: "staff@tradeco.demo", name: "吴晓燕" }, { email: "hr@tradeco.demo", name: "陈佳琪" }],
    volume: 8, goods: "trade",
    foreigners: [
      { name: "Lukas Becker", nationality: "DEU", passportPattern: "CX#XX#XX#" },
      { name: "Ahmed Hassan", nationality: "EGY", passportPattern: "A########" },
      { name: "Youssef El Amrani", nationality: "MAR", passportPattern: "AA#######" },
      { name: "Carlos García", nationality: "ESP", passportPattern: "AAA######" },
    ],
  },
  {
    key: "mould", name: "义乌市赤岸精密模具有限公司", township: "CHIAN", park: "赤岸绿色动力小镇",
    address: "义乌市赤岸镇工业区精工路66号", contactName: "朱建军", whitelisted: false, aboveScale: true, status: "VERIFIED",
    liaison: "officer2.chian", channel: "PHONE", hours: "每天 08:00–20:00", onsite: true, contactEmail: null,
    staff: [{ email: "staff@mould.demo", name: "朱建军" }], volume: 4, goods: "mould", foreigners: [],
  },
  {
    key: "hardware", name: "义乌市乔亭五金制品有限公司", township: "CHIAN", park: null,
    address: "义乌市赤岸镇乔亭村工业区8号", contactName: "龚立新", whitelisted: false, aboveScale: false, status: "PENDING",
    liaison: null, channel: "SMS", hours: "工作日 08:00–17:00", onsite: true, contactEmail: null,
    staff: [{ email: "staff@hardware.demo", name: "龚立新" }], volume: 1, goods: "mould", foreigners: [],
  },
  {
    key: "apparel", name: "义乌市义南服饰有限公司", township: "FOTANG", park: "义南工业园区",
    address: "义乌市佛堂镇义南工业园区纺织路9号", contactName: "王秀英", whitelisted: true, aboveScale: true, status: "VERIFIED",
    liaison: "officer2.fotang", channel: "PHONE", hours: "工作日 08:00–18:00", onsite: true, contactEmail: null,
    staff: [{ email: "staff@apparel.demo", name: "王秀英" }], volume: 5, goods: "apparel",
    foreigners: [{ name: "Nguyen Van An", nationality: "VNM", passportPattern: "A#######" }],
  },
  {
    key: "wenchuang", name: "义乌佛堂古镇文创用品有限公司", township: "FOTANG", park: null,
    address: "义乌市佛堂镇老街28号", contactName: "骆雨婷", whitelisted: false, aboveScale: false, status: "PENDING",
    liaison: null, channel: "IN_APP", hours: null, onsite: false, contactEmail: null,
    staff: [{ email: "staff@wenchuang.demo", name: "骆雨婷" }], volume: 1, goods: "trade", foreigners: [],
  },
  {
    key: "cityintl", name: "义乌市稠城国际商贸有限公司", township: "CHOUCHENG", park: null,
    address: "义乌市稠城街道宾王路158号", contactName: "何丽华", whitelisted: false, aboveScale: true, status: "VERIFIED",
    liaison: "officer.choucheng", channel: "EMAIL", hours: "工作日 09:00–17:30", onsite: false, contactEmail: "office@cityintl.demo",
    staff: [{ email: "staff@cityintl.demo", name: "何丽华" }], volume: 6, goods: "trade",
    foreigners: [
      { name: "Rahul Sharma", nationality: "IND", passportPattern: "A#######" },
      { name: "Priya Nair", nationality: "IND", passportPattern: "A#######" },
      { name: "Kim Min-jun", nationality: "KOR", passportPattern: "M########" },
      { name: "Omar Khalil", nationality: "JOR", passportPattern: "A######" },
    ],
  },
  {
    key: "jewelry", name: "义乌市绣湖饰品有限公司", township: "CHOUCHENG", park: null,
    address: "义乌市稠城街道绣湖西路21号", contactName: "金晓东", whitelisted: false, aboveScale: false, status: "REJECTED",
    rejectReason: "营业执照登记地址不在稠城街道辖区，请向实际经营地所在镇街申请认证。",
    liaison: null, channel: "PHONE", hours: null, onsite: true, contactEmail: null,
    staff: [{ email: "staff@jewelry.demo", name: "金晓东" }], volume: 0, goods: "trade", foreigners: [],
  },
  {
    key: "socks", name: "浙江苏溪袜业有限公司", township: "SUXI", park: "苏溪工业园区",
    address: "义乌市苏溪镇苏福路128号", contactName: "虞红梅", whitelisted: true, aboveScale: true, status: "VERIFIED",
    liaison: "officer.suxi", channel: "PHONE", hours: "每天 07:30–19:00", onsite: true, contactEmail: null,
    staff: [{ email: "staff@socks.demo", name: "虞红梅" }], volume: 5, goods: "socks",
    foreigners: [{ name: "Mehmet Yılmaz", nationality: "TUR", passportPattern: "A########" }],
  },
  {
    key: "plastics", name: "义乌市苏溪塑料制品有限公司", township: "SUXI", park: "苏溪工业园区",
    address: "义乌市苏溪镇好派路36号", contactName: "黄伟", whitelisted: false, aboveScale: false, status: "VERIFIED",
    liaison: null, channel: "SMS", hours: "工作日 08:00–17:00", onsite: true, contactEmail: null,
    staff: [{ email: "staff@plastics.demo", name: "黄伟" }], volume: 3, goods: "plastics", foreigners: [],
  },
  {
    key: "zipper", name: "义乌市后宅拉链有限公司", township: "HOUZHAI", park: "后宅工业区",
    address: "义乌市后宅街道遗安路77号", contactName: "方静", whitelisted: false, aboveScale: true, status: "VERIFIED",
    liaison: "officer.houzhai", channel: "PHONE", hours: "工作日 08:30–17:30", onsite: true, contactEmail: null,
    staff: [{ email: "staff@zipper.demo", name: "方静" }], volume: 3, goods: "zipper", foreigners: [],
  },
  {
    key: "crossborder", name: "浙江后宅跨境供应链有限公司", township: "HOUZHAI", park: null,
    address: "义乌市后宅街道春晗路300号", contactName: "李俊", whitelisted: false, aboveScale: false, status: "VERIFIED",
    liaison: null, channel: "EMAIL", hours: "工作日 10:00–19:00", onsite: false, contactEmail: "ops@crossborder.demo",
    staff: [{ email: "staff@crossborder.demo", name: "李俊" }], volume: 5, goods: "trade",
    foreigners: [
      { name: "Dmitry Ivanov", nationality: "RUS", passportPattern: "#########" },
      { name: "Aidos Nurlanov", nationality: "KAZ", passportPattern: "N########" },
      { name: "Olena Kovalenko", nationality: "UKR", passportPattern: "AA######" },
      { name: "Chinedu Okafor", nationality: "NGA", passportPattern: "A########" },
    ],
  },
  {
    key: "dailygoods", name: "义乌市后宅日用品有限公司", township: "HOUZHAI", park: null,
    address: "义乌市后宅街道洪华小区工业楼5号", contactName: "傅小龙", whitelisted: false, aboveScale: false, status: "PENDING",
    liaison: null, channel: "PHONE", hours: "工作日 08:00–17:00", onsite: true, contactEmail: null,
    staff: [{ email: "staff@dailygoods.demo", name: "傅小龙" }], volume: 1, goods: "plastics", foreigners: [],
  },
];

export const SURNAMES = ["王", "李", "张", "陈", "吴", "楼", "金", "傅", "朱", "龚", "骆", "虞", "何", "方", "黄", "周", "徐", "杨"];
export const GIVEN_NAMES = [
  "建华", "晓燕", "志强", "丽萍", "海军", "雪芳", "伟", "静", "俊杰", "婷婷", "国庆", "玉兰", "浩", "欣怡", "斌", "敏",
  "春燕", "勇军", "佳琪", "子涵", "文斌", "慧", "立新", "秀英",
];
/** Where staff resident IDs come from: Yiwu and neighbouring counties, plus common home regions of migrant workers. */
export const ID_AREAS = ["330782", "330782", "330782", "330783", "330784", "330702", "330781", "341222", "522427", "362330"];
