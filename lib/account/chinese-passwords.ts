// What the Chinese leaks (CSDN and Tianya 2011, 7k7k, 178.com, 12306 2014) put at the top and the
// English-language corpora under-count: numbers read as love vows (5201314 "我爱你一生一世", 1314520),
// keyboard walks, dates, and pinyin — names (zhangsan, wangwei), "woaini", "nihao" — each with digits
// or a year after it. Used beside the general breach list (@zxcvbn-ts/language-common, 49k entries).

/** Whole passwords from the top of the Chinese leaks (lower case). */
export const CHINESE_LEAK_PASSWORDS: readonly string[] = [
  "123456789", "12345678", "11111111", "dearbook", "00000000", "123123123", "1234567890", "88888888",
  "111111111", "147258369", "987654321", "aaaaaaaa", "1111111111", "66666666", "a123456789", "11223344",
  "1qaz2wsx", "xiazhili", "789456123", "password", "87654321", "qqqqqqqq", "000000000", "qwertyuiop",
  "qq123456", "iloveyou", "31415926", "12344321", "0000000000", "asdfghjkl", "1q2w3e4r", "123456abc",
  "0123456789", "123654789", "12121212", "qazwsxedc", "abcd1234", "12341234", "110110110", "asdasdasd",
  "22222222", "123321123", "abc123456", "a12345678", "123456123", "a1234567", "1234qwer", "qwertyui",
  "123456789a", "aa123456", "asdfasdf", "99999999", "999999999", "123456aa", "123456123456", "520520520",
  "963852741", "741852963", "55555555", "33333333", "qwer1234", "asd123456", "77777777", "12369874",
  "5201314", "52013145201314", "5201314520", "1314520", "1314521", "13145201314520", "520131400",
  "woaini1314", "woaini520", "woaini521", "woaini123", "woaini1314520", "woaiwojia", "woainima",
  "woaini5201314", "wo123456", "w123456", "wang123456", "zhang123456", "li123456", "liu123456",
  "chen123456", "yang123456", "huang123456", "zhao123456", "wu123456", "zhou123456", "xu123456",
  "sun123456", "ma123456", "zhu123456", "hu123456", "guo123456", "he123456", "lin123456", "luo123456",
  "zxc123456", "qwe123456", "abc12345678", "aaa123456", "zz123456", "a5201314", "aini1314",
  "iloveyou1314", "love1314", "love5201314", "1314woaini", "5201314woaini", "baobao", "baobei520",
  "baobei1314", "nihao123", "nihao123456", "woshishui", "wodemima", "mima123456", "zhongguo",
  "zhongguo123", "zhonghua", "beijing2008", "beijing", "shanghai", "yiwu123456", "zhejiang",
  "qiangqiang", "tiantian", "xiaoxiao", "lele1234", "huanhuan", "jingjing", "lili1234", "feifei",
  "haha123456", "hehe123456", "xiaobai", "xiaoqiang", "dongdong", "laopo520", "laogong520",
  "qazwsx123", "1qaz2wsx3edc", "1q2w3e4r5t", "q1w2e3r4", "zaq12wsx", "!qaz2wsx", "1qaz@wsx",
  "admin123", "admin888", "admin123456", "root123456", "test123456", "guest123", "abc123abc",
  "a11111111", "aaa111111", "qq5201314", "qq1234567", "qq666666", "qq111111", "qq888888",
  "hao123456", "good123456", "12345qwert", "1234554321", "123454321", "1357924680", "135792468",
  "159357159", "159753456", "147852369", "258369147", "321654987", "456789123", "741852963",
  "88889999", "168168168", "16881688", "518518518", "666888999", "888888888", "8888888888",
  "6666666666", "9999999999", "1234567a", "12345678a", "a1b2c3d4", "a1b2c3d4e5", "aaaa1111",
];

/**
 * Words people build Chinese passwords from: common surnames and given names in pinyin, stock names
 * (zhangsan, lisi, wangwu), and the love and greeting words. A password that is one of these plus a
 * few digits or a year is among the first thousand guesses.
 */
export const CHINESE_BASE_WORDS: readonly string[] = [
  "zhangsan", "lisi", "wangwu", "zhaoliu", "xiaoming", "xiaohong", "xiaohua", "xiaoli", "xiaowang",
  "woaini", "aini", "woaiwojia", "nihao", "nihaoma", "baobei", "baobao", "laopo", "laogong", "qinqin",
  "zhongguo", "zhonghua", "china", "beijing", "shanghai", "hangzhou", "zhejiang", "yiwu", "jinhua",
  "wang", "zhang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
  "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
  "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng",
  "wei", "su", "lu", "ding", "ren", "shen", "yao", "jiang", "cui", "zhong", "tan", "fan", "wangwei",
  "wangfang", "zhangwei", "zhangmin", "zhangjing", "liwei", "lina", "linan", "liuyang", "liuwei",
  "wangyang", "wangjing", "wangli", "zhangli", "lijing", "liqiang", "zhangyong", "wangyong", "liyong",
  "chenjie", "chenjing", "yangyang", "yangfan", "zhaolei", "huangwei", "zhoujie", "wuhao", "xujie",
  "tiantian", "xiaoxiao", "jingjing", "huanhuan", "dongdong", "lele", "feifei", "mima", "wodemima",
  "woshishui", "admin", "root", "qwe", "asd", "zxc", "abc", "qq", "hao", "haha", "hehe",
];
