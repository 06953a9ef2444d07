/**
 * Currency words and their ISO 4217 codes. Amounts are kept in whole units
 * of the currency; a currency named before the number wins over a trailing
 * `元` (`港币两千九百六十元` is HKD).
 */
import type { CurrencyEntry } from './types.js'

function currency(code: string, words: readonly string[], prefix = false): Record<string, CurrencyEntry> {
  const result: Record<string, CurrencyEntry> = {}
  for (const word of words) result[word] = prefix || prefixWords.has(word) ? { code, prefix: true } : { code }
  return result
}

/** Currency names also written before the number (`港币两千九百六十元`, `新台币 177.1 亿元`). */
const prefixWords = new Set([
  '港币', '港幣', '港元', '新台币', '新台幣', '台币', '台幣', '美元', '美金', '欧元', '歐元', '日元', '日圆', '英镑',
  '英鎊', '澳元', '澳门元', '澳门币', '韩元', '卢布', '泰铢', '新加坡元', '加元', '瑞士法郎',
])

/** Currency words written after the number (and, where marked, before it). */
export const currencyWords: Readonly<Record<string, CurrencyEntry>> = {
  ...currency('CNY', ['元', '圆', '块钱', '塊錢', '元钱', '元人民币', '元人民幣', 'RMB', 'CNY']),
  ...currency('CNY', ['人民币', '人民幣', '￥', '¥', 'RMB￥'], true),
  '块': { code: 'CNY', contextual: true, guard: ['状', '料', '头', '肉', '链'] },
  '塊': { code: 'CNY', contextual: true },
  ...currency('USD', ['美元', '美金', '美圆', '美刀', '美元钱', 'USD', '美元现金']),
  ...currency('USD', ['US$', 'US＄', '$', '＄'], true),
  ...currency('HKD', ['港元', '港币', '港幣', '港圆', 'HKD']),
  ...currency('HKD', ['HK$', 'HK＄'], true),
  ...currency('EUR', ['欧元', '歐元', 'EUR']),
  ...currency('EUR', ['€'], true),
  ...currency('JPY', ['日元', '日币', '日幣', '日圆', '日圓', 'JPY']),
  ...currency('GBP', ['英镑', '英鎊', 'GBP']),
  ...currency('GBP', ['£'], true),
  ...currency('TWD', ['新台币', '新台幣', '台币', '台幣', '新台币元', 'TWD']),
  ...currency('TWD', ['NT$'], true),
  ...currency('MOP', ['澳门元', '澳门币', '澳門元', '澳门币元', '葡币', 'MOP']),
  ...currency('RUB', ['卢布', '盧布', '俄罗斯卢布']),
  ...currency('THB', ['泰铢', '泰銖']),
  ...currency('AUD', ['澳元', '澳大利亚元', '澳币', 'AUD']),
  ...currency('KRW', ['韩元', '韓元', '韩币', '韩圆']),
  ...currency('CAD', ['加元', '加拿大元', '加币']),
  ...currency('SGD', ['新加坡元', '新元', '新币']),
  ...currency('NZD', ['新西兰元', '纽元', '纽币']),
  ...currency('CHF', ['瑞士法郎', '瑞郎']),
  ...currency('INR', ['印度卢比', '卢比']),
  ...currency('NGN', ['奈拉', '尼日利亚奈拉']),
  ...currency('MYR', ['林吉特', '马来西亚林吉特', '令吉']),
  ...currency('VND', ['越南盾']),
  ...currency('IDR', ['印尼盾', '印度尼西亚盾']),
  ...currency('PHP', ['菲律宾比索']),
  ...currency('MXN', ['墨西哥比索']),
  ...currency('ARS', ['阿根廷比索']),
  ...currency('BRL', ['雷亚尔', '巴西雷亚尔']),
  ...currency('ZAR', ['兰特', '南非兰特']),
  ...currency('TRY', ['里拉', '土耳其里拉']),
  ...currency('AED', ['迪拉姆', '阿联酋迪拉姆']),
  ...currency('SAR', ['沙特里亚尔', '里亚尔']),
  ...currency('SEK', ['瑞典克朗']),
  ...currency('NOK', ['挪威克朗']),
  ...currency('DKK', ['丹麦克朗']),
  ...currency('PLN', ['兹罗提']),
  ...currency('HUF', ['福林']),
  ...currency('UAH', ['格里夫纳']),
  ...currency('KZT', ['坚戈']),
  ...currency('PKR', ['巴基斯坦卢比']),
  ...currency('EGP', ['埃及镑']),
  ...currency('ILS', ['谢克尔', '新谢克尔']),
  ...currency('BTC', ['比特币', '个比特币', '枚比特币']),
  ...currency('ETH', ['以太币', '个以太币', '枚以太币']),
}

/** Subunits that may follow an amount (`123元1角1分`, `两美元又三美分`). */
export const currencySubunitWords: Readonly<Record<string, CurrencyEntry>> = {
  '角': { code: 'CNY', factor: 0.1 },
  '毛': { code: 'CNY', factor: 0.1 },
  '分': { code: 'CNY', factor: 0.01, guard: ['钟', '鐘', '之', '析', '别', '配', '布', '期', '类', '享', '红', '成', '为', '散', '工', '支', '行', '公司', '局', '会', '数', '值', '子', '化', '裂', '拆', '批'] },
  '美分': { code: 'USD', factor: 0.01 },
  '港仙': { code: 'HKD', factor: 0.01 },
  '仙': { code: 'HKD', factor: 0.01 },
  '便士': { code: 'GBP', factor: 0.01 },
  '日本銭': { code: 'JPY', factor: 0.01 },
  '日本钱': { code: 'JPY', factor: 0.01 },
  '欧分': { code: 'EUR', factor: 0.01 },
}

/** Words that join an amount and its subunits (`两美元又三美分`, `一百元零五分`). */
export const subunitJoiners: readonly string[] = ['又', '零', '〇']

/**
 * Words that make a sentence about money, so that a bare `块` in it is
 * yuan (`花费我三块`) rather than a piece (`三块屏幕`).
 */
export const moneyCues: readonly string[] = [
  '钱', '价', '费', '花了', '花费', '花掉', '收入', '工资', '薪', '买', '卖', '售', '付', '赚', '补贴',
  '奖金', '罚款', '租金', '房租', '成本', '报销', '红包', '零钱', '找零', '收费', '票价', '元', '美元',
  '人民币', '涨价', '降价', '便宜', '贵', '消费', '捐', '借', '欠', '还款', '押金', '定金', '小费',
]
