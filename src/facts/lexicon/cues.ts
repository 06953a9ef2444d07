/**
 * Cue words of the fact layer, as data. Each list is read by one module of
 * `src/facts/`; users extend them through `extract(source, { lexicon })`.
 * Traditional-character forms sit beside the simplified ones so that
 * `力爭`/`預計` work like `力争`/`预计`.
 */

/** Words that mark a goal someone commits to (FACTS.md `target`). */
export const TARGET_CUES: readonly string[] = [
  '力争', '力爭', '目标', '目標', '预期目标', '預期目標', '确保', '確保', '争取', '爭取', '计划', '計劃', '规划', '規劃',
  '要', '将', '將', '拟', '擬', '努力', '奋斗目标', '主要目标', '发展目标', '总体目标', '预期性指标', '约束性指标',
  '争创', '确定在', '设定为', '定为', '设为', '要求', '部署', '方案', '意见', '提出', '明确',
  '应', '应当', '應當', '必须', '必須', '须', '務必', '务必', '原则上', '不得',
]

/** Words that mark an expectation nobody commits to (FACTS.md `forecast`). */
export const FORECAST_CUES: readonly string[] = [
  '预计', '預計', '预测', '預測', '有望', '或将', '或將', '估计', '估計', '预估', '預估', '预期', '預期', '料将', '料达',
  '可望', '预料', '预判', '目标价', '目標價', '或达', '或超', '或在', '可能', '预示', '机构预计', '分析师预计', '预告',
]

/** Words that mark a reported figure (FACTS.md `actual`). */
export const ACTUAL_CUES: readonly string[] = [
  '已', '已经', '已經', '截至', '截止', '截止到', '累计', '累計', '同比', '环比', '環比', '比上年', '较上年', '比去年', '较去年',
  '实际', '完成', '录得', '錄得', '报收', '收报', '收于', '共计', '合计', '总计', '过去', '此前', '上年', '去年', '前年',
  '数据显示', '公告显示', '显示', '披露', '公布', '发布', '统计', '实现了', '达到了', '同期',
]

/**
 * Target and forecast cues that are only cues when they stand as words, not
 * inside another word: `要` in `主要`/`重要`, `将` in `将军`, `望` in `希望`.
 * A cue listed here is ignored when the character before it is in the list.
 */
export const CUE_BLOCKING_PREFIXES: Readonly<Record<string, string>> = {
  或超: '到于达',
  或达: '到于达',
  应: '响供相对适效反回答理呼感顺报',
  须: '胡必无',
  要: '主重需必只想紧简纲提摘概要不首还就',
  将: '即必终也又或',
  望: '希期盼展声渴观威',
  提出: '',
  明确: '',
  方案: '',
  意见: '',
}

/**
 * The same for the character after a one-character cue: `应` in `应用`,
 * `应对`; `要` in `要素`, `要闻`.
 */
export const CUE_BLOCKING_SUFFIXES: Readonly<Record<string, string>> = {
  应: '用对急收付届邀该是变试聘征运力',
  要: '素点闻案件害员地职道塞',
  将: '军领士近',
  须: '知',
}

/**
 * Nouns that hold a target cue and say nothing of a figure's kind:
 * `用于能源部国家安全计划开支的278亿美元` reports money spent, not a plan.
 */
export const CUE_NOUNS: readonly string[] = [
  '计划单列', '计划生育', '计划经济', '安全计划', '援助计划', '刺激计划', '回购计划', '购债计划', '计划书',
  '规划局', '规划院', '规划区', '规划馆', '目标企业', '目标公司', '目标客户', '目标市场', '目标人群',
  '战略目标', '解决方案', '技术方案', '产品方案', '设计方案', '模组方案', '业绩预告',
]

/**
 * Cues that decide a kind only weakly: the default when nothing stronger is
 * said. A strong cue anywhere earlier in the sentence wins over them.
 */
export const WEAK_CUES: readonly string[] = [
  '同比', '环比', '環比', '比上年', '较上年', '比去年', '较去年', '数据显示', '公告显示', '显示', '公告', '披露', '公布', '发布', '统计',
  '同期', '提出', '明确', '方案', '意见', '部署', '要求', '完成', '实际', '实现了', '达到了', '此前', '过去',
]

/** Verbs whose figure is a rise of the subject (`增长8%`). */
export const INCREASE_VERBS: readonly string[] = [
  '增长', '增長', '增加', '提高', '提升', '上升', '扩大', '擴大', '上涨', '上漲', '涨', '漲', '增', '升', '攀升', '走高',
  '上调', '上調', '多增', '反弹', '回升', '拉升', '大涨', '暴涨', '飙升', '跃升', '增收', '提速',
  '加快', '高', '高出', '快', '转为增长', '转增', '扩增', '净增', '同增', '大增', '收涨', '冲高', '续涨', '劲升', '走强',
]

/** Verbs whose figure is a fall of the subject (`下降26%`). */
export const DECREASE_VERBS: readonly string[] = [
  '下降', '减少', '減少', '降低', '下跌', '跌', '收窄', '回落', '下滑', '下调', '下調', '减', '降', '缩小', '縮小', '缩减',
  '萎缩', '走低', '大跌', '暴跌', '少增', '减亏', '压减', '压降', '削减', '下挫', '挫', '回调',
  '放缓', '低', '慢', '转为下降', '转降', '收缩', '净减', '同降', '大降', '收跌', '续跌', '走弱', '大减', '骤降',
]

/**
 * Subjects that name a rate: a change verb before their figure gives its
 * level (`增速放缓至5%`, `涨幅为3%`), so `change` is `null`.
 */
export const RATE_SUBJECT_WORDS: readonly string[] = [
  '增速', '增幅', '涨幅', '漲幅', '跌幅', '降幅', '增长率', '增長率', '增长速度', '年均增速', '同比增速', '名义增速',
  '实际增速', '年均增长率', '复合增长率', '收益率', '利率',
]

/** Verbs that link a subject to its figure; the subject is what stands before them. */
export const PREDICATE_VERBS: readonly string[] = [
  '达到', '達到', '达', '達', '突破', '超过', '超過', '为', '為', '是', '保持在', '保持', '稳定在', '稳定', '控制在', '维持在',
  '提高到', '提高至', '提升到', '提升至', '增长到', '增长至', '增至', '增加到', '增加至', '上升到', '上升至', '下降到',
  '下降至', '降至', '降到', '转为', '转', '现报', '报收', '高于', '低于', '快于', '慢于', '高出', '高达', '站上', '跃过',
  '获批', '升破', '跌破', '失守', '收复', '增幅为', '跌幅为', '降幅为', '涨幅为', '增幅达', '涨幅达', '降低到', '降低至', '减少到', '减少至', '减至', '升至', '跌至', '涨至', '回落至', '回落到',
  '扩大到', '扩大至', '缩小到', '缩小至', '收窄至', '收窄到', '录得', '報', '报', '收报', '收于', '收在', '约为', '约',
  '居', '位居', '位列', '排名', '排在', '位于', '列', '累计', '共', '合计', '总计', '共计', '约合', '折合', '相当于', '计', '处在', '处于',
  '占', '佔', '由', '从', '從', '自', '较', '較', '比', '同比', '环比', '比上年', '比去年', '比上年末', '较上年',
  ...INCREASE_VERBS,
  ...DECREASE_VERBS,
]

/**
 * Verbs that take the measured thing as their object: `实现营业收入100亿元`,
 * `新增就业岗位`. When a phrase stands between one of them and the figure,
 * that phrase is the subject.
 */
export const OBJECT_VERBS: readonly string[] = [
  '实现', '實現', '新增', '建成', '培育', '打造', '建设', '建設', '新建', '创建', '引进', '形成', '拥有', '擁有', '有',
  '带来', '帶來', '带动', '帶動', '吸引', '吸收', '获得', '獲得', '取得', '募集', '募资', '融资', '投资', '投入', '发放',
  '发行', '發行', '销售', '銷售', '出口', '进口', '生产', '新开工', '开工', '认定', '认证', '培养', '实施', '安排', '下达',
  '筹集', '收购', '交易', '成交', '售出', '卖出', '买入', '回购', '减持', '增持', '持有', '持股', '派发', '派', '分红',
  '净买入', '净卖出', '净流入', '净流出', '流入', '流出', '盈利', '亏损', '营收', '净赚', '赚', '亏', '贷款', '授信',
  '支持', '补贴', '奖励', '拨付', '落实', '推广', '部署', '建', '设立', '组建', '布局', '开通', '覆盖', '服务', '接待',
  '研发', '推出', '开发', '发布', '上线', '新设', '新设立', '资助', '扶持', '追加', '斥资', '豪掷', '耗资', '出资', '注资',
  '砸', '再砸', '投',
  // Casework: `累计打击恶意商标注册申请37.6万件` counts the applications.
  '打击', '查处', '受理', '办理', '审结', '破获', '抓获', '处置',
  '惠及', '吸纳', '提供', '创造', '节约', '节省', '减排', '处置', '化解', '清理', '兑现', '上缴', '缴纳', '贡献',
  '具备', '具有', '包括', '涵盖', '涉及', '聚集', '集聚', '汇聚', '入驻', '签约', '引入', '储备', '谋划',
]

/** Region words that prefix a subject; they are trimmed from it and give the fact's scope. */
export const SCOPE_WORDS: readonly string[] = [
  '全省', '全市', '全国', '全國', '全区', '全區', '全县', '全縣', '全州', '全镇', '全球', '全世界', '全行业',
  '我省', '我市', '我国', '我國', '我区', '我县', '我州', '本市', '本省', '全港', '全澳', '全岛', '全台',
]

/** Words that refer to the article's own region and are resolved to its name. */
export const SELF_REGION_WORDS: Readonly<Record<string, 'province' | 'city' | 'country' | 'region'>> = {
  我省: 'province', 本省: 'province', 我市: 'city', 本市: 'city', 我区: 'region', 我县: 'region', 我州: 'region',
  我国: 'country', 我國: 'country',
}

/** Provinces and province-level regions, to resolve `我省`. */
export const PROVINCES: readonly string[] = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃',
  '青海', '宁夏', '新疆', '香港', '澳门', '台湾',
]

/**
 * Words that may lead a subject phrase but are not part of what is measured:
 * connectives, time adverbs, leading verbs of a plan. Trimmed repeatedly from
 * the front of a subject.
 */
export const SUBJECT_LEADING_TRIM: readonly string[] = [
  '其中', '其', '而', '并', '並', '且', '同时', '同時', '此外', '另外', '另', '以及', '及', '和', '与', '與', '但', '但是',
  '这', '這', '该', '該', '此', '也', '还', '還', '则', '則', '即', '就', '使', '让', '推动', '推進', '推进', '促进',
  '实现', '確保', '确保', '力争', '力爭', '争取', '爭取', '努力', '计划', '預計', '预计', '预测', '预期', '估计', '有望',
  '或将', '将', '將', '要', '已', '已经', '共', '累计', '合计', '建成', '培育', '打造', '新增', '新建', '建设', '加快',
  '全面', '进一步', '持续', '大力', '积极', '稳步', '到', '到了', '在', '于', '於', '截至', '截止', '截止到', '截至到',
  '目前', '当前', '现在', '如今', '届时', '到期', '期间', '时期', '末', '底', '年底', '年末', '末期', '前', '以来',
  '，', '、', '：', '的', '了', '是', '有', '为', '為', '对', '對', '把', '被', '由', '从', '從', '自', '当年', '当期',
  '同期', '全年', '年内', '上半年', '下半年', '前三季度', '一季度', '二季度', '三季度', '四季度', '首次',
  '相应地', '相应', '相比', '相较', '较', '与', '两年平均', '两年', '平均', '其余', '剩余', '合计', '总计', '仅',
  '整体', '总体', '总的', '目标', '主要目标', '目标是', '据', '据悉', '数据显示', '显示', '统计', '其次', '首先', '最后',
  '（', '(', '“', '"', '《', '》', '”', '）', ')', '　', ' ', '\t',
]

/** Words that may end a subject phrase but are not part of it: predicates and particles. */
export const SUBJECT_TRAILING_TRIM: readonly string[] = [
  '的', '了', '也', '将', '將', '已', '已经', '均', '都', '共', '总共', '分别', '分別', '同比', '环比', '比上年', '较上年',
  '比去年', '较去年', '较', '比', '由', '从', '從', '自', '年均', '平均', '约', '约为', '仅', '只', '合计', '累计', '共计',
  '达', '达到', '为', '為', '是', '有', '在', '于', '於', '以', '可', '能', '会', '會', '预计', '有望', '或将', '将会',
  '要', '需', '应', '再', '又', '还', '還', '就', '则', '即', '，', '、', '：', '（', '(', '“', '"', '”', '）', ')', '　',
  ' ', '\t', '和', '与', '及', '上', '新', '较同期', '同期', '全年', '当日', '当天', '昨日', '今日', '本周', '上周',
  '至', '到', '现', '盘中', '尾盘', '早盘', '午后', '日内', '一度', '盘初', '开盘', '收盘', '午盘', '开盘后', '盘后', '最高', '最低', '最多', '最少', '最', '+', '＋', '双双', '均为', '甚至', '更是', '更', '仍', '仍然', '依然',
  '继续', '持续', '进一步', '两年平均', '两年', '一年', '全年累计', '三年平均', '平均', '比上月', '较上月', '环比', '上月', '则', '大幅',
  '明显', '小幅', '略有', '稳步', '较快', '快速', '逐步', '首次', '再次', '又', '共同', '总计', '合计为', '再度',
  '午间', '直线', '直线拉升', '盘中一度', '每年', '后期', '必须', '齐齐', '各', '正式', '相继', '来说', '有所', '大约',
  '最高', '最低', '最多', '最少', '相比', '相较', '对比',
]

/**
 * The heads that end a measured phrase (`排放总量`, `增加值`, `比重`). In a
 * list `化学需氧量、氨氮、氮氧化物排放总量`, the last item's head is shared by
 * the items that lack one.
 */
export const MEASURE_HEADS: readonly string[] = [
  '贷款', '存款', '融资', '贸易', '交易', '成交', '销售', '服务', '补贴', '汇率', '中间价', '目标价', '股价', '市值', '收盘价', '开盘价', '增长率', '增加值', '增量', '出口额', '进口额', '投资额',
  '排放总量', '排放量', '总量', '产量', '销量', '增加值', '比重', '占比', '规模', '收入', '营收', '营业收入', '利润',
  '净利润', '增速', '增幅', '涨幅', '跌幅', '降幅', '金额', '余额', '总额', '数量', '数', '率', '价格', '均价', '指数',
  '产值', '投资', '消费', '出口', '进口', '进出口', '贸易额', '成交额', '成交量', '面积', '人口', '人数', '户数', '家数',
  '能耗', '排放', '覆盖率', '普及率', '用户', '用户数', '个数', '产能', '装机', '装机容量', '容量', '里程', '强度',
]

/** Words that introduce a pairwise list: `A、B分别下降8%、10%`. */
export const RESPECTIVELY_WORDS: readonly string[] = ['分别', '分別', '各']

/**
 * Time words that make a period an actual one relative to the article date.
 * The number is the offset in years from the article's year.
 */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 当年: 0, 年内: 0, 年底: 0, 年末: 0, 全年: 0, 本年度: 0, 今年以来: 0, 年初以来: 0, 年初至今: 0,
  目前: 0, 当前: 0, 截至目前: 0, 截至今日: 0, 截至发稿: 0, 今日: 0, 今天: 0, 昨日: 0, 昨天: 0, 本周: 0, 本月: 0,
  日前: 0, 近日: 0, 当天: 0, 当日: 0,
  去年: -1, 上年: -1, 上一年: -1, 去年同期: -1, 上年同期: -1, 前年: -2, 明年: 1, 来年: 1, 后年: 2,
}

/** Five-year plans: `十四五` → 2021-2025. Start year of each. */
export const FIVE_YEAR_PLANS: Readonly<Record<string, number>> = {
  十一五: 2006, 十二五: 2011, 十三五: 2016, 十四五: 2021, 十五五: 2026, 十六五: 2031,
}

/**
 * Verbs that take the measured thing as their object and are seldom nouns
 * themselves, so a subject may be cut just after them even mid-phrase
 * (`公司实现营业收入` → `营业收入`). `投资`, `出口` and the like are left out:
 * in `固定资产投资` they are the thing measured.
 */
export const CUTTING_OBJECT_VERBS: readonly string[] = [
  '实现', '實現', '新增', '建成', '培育', '打造', '新建', '创建', '引进', '形成', '拥有', '擁有', '共有', '带来',
  '帶來', '带动', '帶動', '吸引', '获得', '獲得', '取得', '募集', '发放', '认定', '安排', '下达', '筹集', '派发', '惠及',
  '吸纳', '提供', '创造', '累计实现', '实现了', '录得', '培育建设', '追加', '回购', '斥资', '豪掷', '耗资', '出资', '注资',
  '再砸',
]

/**
 * Verbs of saying and expecting: after an agent (`瑞银预计`, `分析师认为`) the
 * subject is what follows them. At the front of a subject they are cut as
 * kind cues anyway.
 */
export const SPEECH_VERBS: readonly string[] = [
  '预计', '預計', '预测', '預測', '预期', '預期', '估计', '估計', '认为', '認為', '表示', '指出', '预料', '声称', '宣称',
]

/**
 * Verbs that grant what follows the figure: in `给予最高1000万元购房补贴` and
 * `可享受最高100%契税补助` the subject is the noun after the figure.
 */
export const GRANT_VERBS: readonly string[] = [
  '给予', '給予', '享受', '享有', '发放', '补贴', '补助', '奖励', '资助', '提供', '减免', '返还', '退还',
]

/** Grant verbs that are never the noun themselves (`补贴` may be): they grant what follows wherever they stand. */
export const GRANT_ONLY_VERBS: readonly string[] = ['给予', '給予', '享受', '享有']

/** Words that may stand before a grant verb and leave it alone in its clause: `可享受`, `一次性给予`. */
export const GRANT_MODALS: readonly string[] = ['可', '可以', '将', '再', '另', '还', '均', '并', '一次性', '可一次性', '按规定', '分别']

/**
 * Two-character words that end in a character the subject cut takes alone
 * as a verb or filler (`报`, `为`, `均`, `计`…): `累计向地方通报4批次` is not
 * cut to `向地方通`, `337个城市平均…` not to `城市平`.
 */
export const WORDS_NOT_TO_SPLIT: readonly string[] = [
  '通报', '汇报', '公报', '年报', '日报', '预报', '申报', '上报', '举报', '情报', '季报', '月报', '周报', '快报', '简报', '画报',
  '电报', '学报', '海报', '回报', '作为', '成为', '认为', '因为', '行为', '称为', '但是', '还是', '就是', '于是', '总是',
  '设计', '统计', '会计', '估计', '审计', '预计', '系列', '并列', '序列', '行列', '排列', '队列', '公共', '总共', '一共', '自由', '理由',
  '各自', '来自', '到达', '发达', '表达', '传达', '下达', '运转', '周转', '流转', '节约', '合约', '条约', '签约', '制约',
  '平均', '人均', '户均', '亩均', '日均', '年均', '月均', '周均', '场均', '成都', '首都', '京都', '古都', '合并', '兼并',
  '即将', '必将', '早已', '而已',
]

/**
 * Verbs that, at the front of a subject, say which figure it is rather than
 * what was done: `新设立外商投资企业18497家` counts new firms, `新增债券` new
 * bonds, `城镇新增就业` is a statistic's name. They stay in the subject.
 */
export const ATTRIBUTIVE_VERBS: readonly string[] = [
  '新增', '新设立', '新设', '新建', '新开工', '新签', '新签约', '新注册', '新登记', '新认定', '新发放', '新发行',
]

/** Words that end a descriptor set before a company's name. */
export const DESCRIPTOR_ENDS: readonly string[] = ['龙头', '巨头', '一哥']
/** Words that make a compound with a descriptor word: `龙头企业`, `龙头股`. */
export const DESCRIPTOR_COMPOUNDS: readonly string[] = ['企业', '公司', '股', '产业', '项目', '作用', '地位', '效应', '带动', '行业']

/** Words that begin with one of those characters, which then ends no category: `主营业务收入` is not `主营业` + `务收入`. */
export const NOT_CATEGORY_END: readonly string[] = ['业务', '业绩', '业态', '业主', '业内', '品牌', '品种', '品质', '类型', '类别', '券商']

/** Words after which a signed percentage is a change: `同比-4%`, `环比+2.1%`. */
export const SIGNED_AFTER: readonly string[] = ['同比', '环比', '環比', '比上年', '较上年', '比去年', '较去年', '比上月', '较上月', '比上季', '较上季']

/** Subjects that already name a rate or a share: a gap in points is about them as they are. */
export const RATE_OR_SHARE_ENDS: readonly string[] = ['比重', '占比', '比例', '率']

/** What a stock does right after its name: a name followed by these (or by its code) is a company's, not a place's (`宁德时代`, `贵州茅台`). */
export const STOCK_MOVES: readonly string[] = [
  '报收', '收报', '收于', '收涨', '收跌', '盘中', '开盘', '午后', '尾盘', '涨停', '跌停', '涨', '跌', '股价', '市值', '总市值', '一度',
]

/** Classifiers of counted things; a counted figure may take the noun after it as its subject. */
export const COUNT_UNITS: readonly string[] = [
  '个', '個', '家', '户', '戶', '人', '名', '位', '项', '項', '座', '台', '臺', '架', '辆', '輛', '套', '件', '条', '條',
  '所', '部', '张', '張', '只', '隻', '艘', '批', '款', '种', '種', '类', '類', '支', '处', '處', '场', '場', '次', '起',
  '宗', '笔', '筆', '份', '枚', '颗', '顆', '头', '頭', '匹', '棵', '株', '本', '册', '間', '间', '栋', '幢', '片', '把',
  '人次', '家次', '所学校', '口', '列', '趟', '班', '门', '道', '期', '届', '轮', '句', '篇', '首', '部门',
]

/**
 * Words that begin with a trimmable word but must stay whole at the front of
 * a subject: `在岸` is not `在` + `岸`, `其他` is not `其` + `他`.
 */
export const PROTECTED_WORDS: readonly string[] = [
  '在岸', '离岸', '在线', '在建', '在职', '在校', '在读', '在售', '在途', '在册', '在用', '在营', '在库', '其他', '其余',
  '其它', '应用', '应对', '应急', '应收', '应付', '应届', '应邀', '较好', '较大', '较快', '较高', '较低', '较多', '较少', '较强', '较为', '服务业', '服务贸易', '投资者', '交易所', '交易额', '交易量', '销售额', '销售量', '出口额', '进口额',
  '生产总值', '投资额', '融资额', '建设用地', '生产者', '和平', '与会', '从业', '有效', '此次', '自治区', '自主', '自营',
  '有关', '有色', '有限', '从事', '投资收益', '由此', '使用', '为民', '要求', '平均', '人均', '完成率', '市场', '倍增',
  '全市场', '全省域', '全市域', '全国性', '全球性', '全行业', '及时', '及格', '新增长', '已婚', '要素', '共同', '并购', '对外', '对华', '由于', '把握',
  // Statistical terms that begin with a cue word: `实际使用外资金额` is not `实际` + `使用外资金额`.
  '实际使用', '实际利用', '实际到位', '实际到账',
]

/**
 * Subjects that only name a generic measure (`增速`, `占比`): in an elliptical
 * clause they belong to the thing named just before, so `全社会用电量…，增速较
 * 全国高1.8个百分点` gives `全社会用电量增速`.
 */
export const GENERIC_SUBJECTS: readonly string[] = [
  '增速', '增幅', '降幅', '涨幅', '跌幅', '占比', '比重', '增长率', '同比增速', '增长', '规模', '总额', '金额', '余额',
]

/**
 * Region names that may lead a subject in a run of parallel figures
 * (`中部地区投资26194亿元`, `浙江省增速27.3%`): with a province name from
 * `PROVINCES` and the suffixes below, they are the fact's scope.
 */
export const REGION_WORDS: readonly string[] = [
  '东部地区', '中部地区', '西部地区', '东北地区', '沿海地区', '长三角地区', '珠三角地区', '京津冀地区', '南方五省区',
]

/** Suffixes of a province name that keep it a region: `浙江省`, `上海市`, `广西壮族自治区`. */
export const REGION_SUFFIXES: readonly string[] = ['省', '市', '自治区', '壮族自治区', '回族自治区', '维吾尔自治区', '地区']

/**
 * Words that open a condition or a comparison, not a subject: `扣除留抵退税因素后增长5%`,
 * `按自然口径计算下降4.8%`, `比同期工业增加值增速高6.7个百分点`. A subject
 * that starts with one is elided; the figure takes the subject before it.
 */
export const CONDITION_STARTS: readonly string[] = [
  '扣除', '剔除', '按', '按照', '如果', '若', '如', '以', '比', '较', '相比', '相较', '高于', '低于', '高出', '快于', '慢于',
  '拉动', '带动', '环比', '同比', '对比', '除', '除去', '不含', '含',
]

/** What may follow 比 or 较 when they compare (`比上年`, `较目前`): the reference the figure is measured against. */
export const COMPARISON_REFERENCES: readonly string[] = ['上年', '去年', '上月', '上季', '上周', '上一', '前一', '前值', '同期', '年初', '全国', '全省', '全市', '全区', '平均', '预期', '此前', '前期', '上个', '上次', '昨', '前日', '上日', '基期', '本月初', '今年初', '目前', '当前', '现在', '现价', '最新', '收盘', '发行价']

/**
 * What a one-character condition word needs around it to be one: each is
 * also the first character of names (`比亚迪`, `比利时`, `如家`, `以色列`).
 * `after`: the words one of which must follow it (a year or a digit also
 * does); `ends`: the words one of which must end the words before the figure.
 * A one-character condition not listed here always counts.
 */
export const SINGLE_CHAR_CONDITIONS: Readonly<Record<string, { readonly after?: readonly string[]; readonly ends?: readonly string[] }>> = {
  比: { after: COMPARISON_REFERENCES },
  较: { after: COMPARISON_REFERENCES },
  以: { ends: ['计', '计算', '為準', '为准', '为基数', '为基准', '为例'] },
  按: { ends: ['计', '计算', '算', '口径', '为准', '为基数'] },
  如: { ends: ['计', '计算', '算'] },
  若: { ends: ['计', '计算', '算'] },
}

/** Actual cues that outweigh a future year: a figure with `已` or `截至` reports what is. */
export const HARD_ACTUAL_CUES: readonly string[] = [
  '已', '已经', '已經', '截至', '截止', '截止到', '录得', '錄得', '报收', '收报', '收于', '共计', '合计', '总计', '同比', '环比',
  '比上年', '较上年', '比去年', '较去年', '过去', '此前', '数据显示', '公告显示', '显示',
]

/** Major cities, so that a city leading a subject (`武汉市GDP`, `长沙…`) can become its scope. */
export const CITIES: readonly string[] = [
  '深圳', '广州', '杭州', '南京', '武汉', '成都', '西安', '长沙', '合肥', '郑州', '济南', '青岛', '苏州', '无锡', '宁波',
  '厦门', '福州', '南昌', '南宁', '昆明', '贵阳', '兰州', '西宁', '银川', '乌鲁木齐', '拉萨', '呼和浩特', '太原', '石家庄',
  '沈阳', '大连', '长春', '哈尔滨', '海口', '三亚', '东莞', '佛山', '珠海', '温州', '绍兴', '嘉兴', '金华', '台州', '常州',
  '南通', '徐州', '扬州', '烟台', '潍坊', '洛阳', '宜昌', '襄阳', '岳阳', '株洲', '湘潭', '衡阳', '赣州', '泉州', '漳州',
  '惠州', '中山', '江门', '汕头', '湛江', '柳州', '桂林', '遵义', '绵阳', '宜宾', '唐山', '保定', '邯郸', '廊坊', '吴忠',
  '中卫', '宁德', '芜湖', '蚌埠', '淄博', '临沂', '济宁', '盐城', '泰州', '镇江', '湖州', '舟山', '丽水', '衢州',
]

/**
 * What may follow a region name inside a name of its own, so that the region
 * stays: `上海证券交易所`, `北京大学`, `广东电网`.
 */
export const REGION_NAME_CONTINUATIONS: readonly string[] = [
  '证券', '银行', '大学', '日报', '卫视', '电视', '交易所', '电网', '能源', '集团', '股份', '有限', '控股', '农商',
  '商报', '晚报', '国际', '医院', '机场', '地铁', '港', '队', '籍', '话', '菜', '人', '方言', '自贸', '海关', '分行',
  '市委', '市政府', '省委', '省政府', '市场监管', '统计局', '发改委', '财政厅', '银保监',
]

/**
 * Words that mark the thing a figure is compared with: the subject ends
 * before them, and a gap in percentage points after them is a change in the
 * direction given (`增速高于全国5个百分点` → increase); `null`: no direction.
 */
export const COMPARISON_MARKERS: Readonly<Record<string, 'increase' | 'decrease' | null>> = {
  高于: 'increase', 快于: 'increase', 高出: 'increase', 超出: 'increase', 多于: 'increase', 好于: 'increase', 优于: 'increase',
  低于: 'decrease', 慢于: 'decrease', 少于: 'decrease', 差于: 'decrease',
  相比: null, 相较于: null,
}

/** Whitespace that may pad a subject or a header line. */
export const SPACE_CHARS: ReadonlySet<string> = new Set([' ', '　', '\t', '\u00a0'])

/**
 * Ends of words that name who acts (`电力交易中心`, `公司`, `统计局`): after
 * one of them, a verb like `完成` starts the object, which is the subject
 * (`各电力交易中心累计组织完成市场交易电量` → `市场交易电量`), while a category
 * before it stays (`铁路累计完成货运量`).
 */
export const AGENT_ENDS: readonly string[] = [
  '中心', '公司', '集团', '银行', '机构', '部门', '政府', '单位', '交易所', '协会', '委员会', '局', '厅', '部', '署', '委',
]

/** Verbs that cut a subject only after an agent (`AGENT_ENDS`). */
export const AGENT_OBJECT_VERBS: readonly string[] = ['完成', '累计完成', '组织完成', '完成了']
