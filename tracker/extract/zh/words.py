"""Word tables of the Chinese rule set: the data every rule reads, kept apart from the rules.

Each table is one vocabulary; the rules compile their patterns from these.
"""

from __future__ import annotations

import re

from tracker.vocab import ROLES, EventKind, Metric, OrganizationKind

# Role wordings that name a unit's role, from the one vocabulary (tracker/vocab.py). Left
# out: patterns (由…发起, read by the initiator rule), verbs (加入, 秘书处设在) and wordings
# that are also a person's title or a council's name (常务理事, 常务理事会).
_NOT_UNIT_WORDINGS = frozenset({"常务理事", "加入", "秘书处设在"})
ROLE_WORDS: dict[str, str] = {
    wording: role.code for role in ROLES for wording in role.zh_wordings
    if "…" not in wording and wording not in _NOT_UNIT_WORDINGS
}

# Verbs that make the organizations before them the initiators of what follows.
INITIATE_VERBS = ("牵头发起", "共同发起", "联合发起", "倡议发起", "发起", "牵头", "倡议")

# Name endings of organizations, longest first where one ends another; the kind each gives.
ORG_ENDINGS: dict[str, str] = {
    "职业技术大学": OrganizationKind.COLLEGE,
    "职业技术学院": OrganizationKind.COLLEGE,
    "职业学院": OrganizationKind.COLLEGE,
    "职业大学": OrganizationKind.COLLEGE,
    "高等专科学校": OrganizationKind.COLLEGE,
    "专科学校": OrganizationKind.COLLEGE,
    "技术学院": OrganizationKind.COLLEGE,
    "职教中心": OrganizationKind.OTHER,
    "职院": OrganizationKind.COLLEGE,
    "大学": OrganizationKind.UNIVERSITY,
    "学院": OrganizationKind.UNIVERSITY,
    "学校": OrganizationKind.COLLEGE,
    "有限公司": OrganizationKind.ENTERPRISE,
    "公司": OrganizationKind.ENTERPRISE,
    "职教集团": OrganizationKind.OTHER,
    "教育集团": OrganizationKind.OTHER,
    "集团": OrganizationKind.ENTERPRISE,
    "教育厅": OrganizationKind.GOVERNMENT,
    "教育局": OrganizationKind.GOVERNMENT,
    "人民政府": OrganizationKind.GOVERNMENT,
    "大使馆": OrganizationKind.GOVERNMENT,
    "使馆": OrganizationKind.GOVERNMENT,
    "外事办": OrganizationKind.GOVERNMENT,
    "民政厅": OrganizationKind.GOVERNMENT,
    "部": OrganizationKind.GOVERNMENT,
    "研究中心": OrganizationKind.OTHER,
    "中心": OrganizationKind.OTHER,
    "研究院": OrganizationKind.OTHER,
    "研究所": OrganizationKind.OTHER,
    "基金会": OrganizationKind.OTHER,
    "协会": OrganizationKind.ASSOCIATION,
    "学会": OrganizationKind.ASSOCIATION,
    "研究会": OrganizationKind.ASSOCIATION,
    "促进会": OrganizationKind.ASSOCIATION,
    "校友会": OrganizationKind.ASSOCIATION,
    "联谊会": OrganizationKind.ASSOCIATION,
    "商会": OrganizationKind.ASSOCIATION,
    "工商联": OrganizationKind.ASSOCIATION,
    "分会": OrganizationKind.ASSOCIATION,
    "委员会": OrganizationKind.OTHER,
    "教育社": OrganizationKind.ASSOCIATION,
    "报社": OrganizationKind.OTHER,
    "日报": OrganizationKind.OTHER,
    "新闻网": OrganizationKind.OTHER,
    "工坊": OrganizationKind.OTHER,
    "基地": OrganizationKind.OTHER,
}

# A name ending in 学院 is a vocational college when it says so.
COLLEGE_MARKS = ("职业", "职教", "技术", "高职", "专科", "技师")

# A 部 that is a position or an inside part, not a ministry.
NOT_MINISTRY_BEFORE_BU = frozenset("东西南北中内外全干本局总分校俱乐支")

# Endings that make a name an alliance whatever its context.
ALLIANCE_ENDINGS = ("联盟",)
# Endings that make a name an alliance only where a membership is stated of it.
MEMBERSHIP_BODY_ENDINGS = ("协会", "学会", "研究会", "促进会", "分会", "联合会", "共同体", "委员会",
                           "集团", "中心", "联合体")

# Words that put what follows in the future or in a plan (将, 拟, 计划…): not done yet.
NOT_YET_WORDS = ("即将", "将", "拟", "有望", "计划", "准备")

# Words that say what kind of body, never whose: a name made of these and an ending alone
# ("社区学院" a community college, "国际交流学院" an international school, "研究分会" a research
# branch) names a kind of body, not one body.
GENERIC_MODIFIERS = (
    "职业", "行业", "中高职", "高职", "普通", "相关", "有关", "兄弟",
    "国内", "各级", "地方", "高等", "技术", "应用", "社区", "国际",
    "交流", "研究", "线上", "线下", "建设", "实训", "科技", "协同",
    "学科", "联合", "职教", "发展", "命运", "人类", "技能", "企业",
    "优质", "教育", "合作", "产教", "融合", "创新", "示范", "马克思主义",
    "继续", "成人", "开放", "培训", "服务", "专业", "高水平", "一流",
    "新型", "区域", "鲁班", "海外", "中外", "校企",
)

# A reference is a determiner and a common noun, written without a space: "我校" our school,
# "该联盟" that alliance. The importer reads these to tell a reference from a name.
SELF_DETERMINERS = ("我", "本")
REFERENCE_DETERMINERS = (*SELF_DETERMINERS, "该", "此", "这", "贵", "全")
INSTITUTION_NOUNS = ("校", "院", "所", "单位", "大学", "学院", "学校")
REFERENCE_NOUNS = (*INSTITUTION_NOUNS, "联盟", "协会", "学会", "集团", "委员会", "中心", "公司",
                   "组织", "平台", "共同体", "联合会", "成员单位", "会员单位", "合作伙伴", "伙伴")

# An acronym in brackets after a name: "联合会（AVEF）会员单位".
BRACKETED_ACRONYM = re.compile(r"[（(][A-Za-z&\-]{2,12}[)）]")

# The publisher speaking of itself, as the extractor reads it.
SELF_REFERENCES = ("我校", "我院", "本校", "本院", "学校", "该校", "该院")
# Words that point back to the institution last named, not to the publisher.
ANAPHORA = frozenset({"该校", "该院"})

# Words that end the name on their left: prepositions, conjunctions and the verbs that
# come before a name in news text. Checked as the text just left of a name's start.
NAME_STOPS = (
    "由", "在", "于", "与", "和", "及", "向", "为", "是", "了", "的", "到", "赴", "从", "把", "被",
    "将", "等", "或", "并", "也", "还", "都", "又", "即", "携", "兼", "，", "原",
    "参加", "参与", "加入", "成为", "当选", "入选", "举办", "召开", "举行", "出席", "来自", "率队",
    "率领", "一行", "参观", "考察", "拜会", "走进", "获批", "承办", "主办", "协办", "邀请", "接待",
    "陪同", "访问", "到访", "来访", "签署", "签订", "签约", "成立", "发起", "牵头", "倡议", "组建",
    "筹建", "主持", "致辞", "表示", "介绍", "宣布", "公布", "连线", "作为", "包括", "涵盖", "依托",
    "联手", "授牌", "揭牌", "接受", "获得", "荣获", "会见", "会上", "期间", "其中", "通过", "审议",
    "记者", "讯", "报道", "据悉", "目前", "近日", "日前", "昨日", "今年", "去年", "届时", "国内",
    "海内外", "全省", "全市", "各", "这", "那", "此次", "本次", "本届", "我", "他", "她",
    "们", "分别", "先后", "对", "经", "推动", "提高", "促进", "加强", "贯彻落实",
    "特邀", "构建", "打造", "助力", "支持", "省内外", "中高职", "深化", "服务于", "正式",
    "成功", "之一", "一起", "联合", "共同", "积极", "还有", "以及", "代表", "标志着", "意味着",
    "前往", "围绕", "共建", "设立", "除", "简称", "同意", "吸收", "吸纳", "接纳", "批准",
    "选举", "推选", "选出", "双方", "各方", "双方就", "各方就", "围绕",
)
# The parties of a meeting, named together: a conjunction after them joins, as after a name.
PARTIES = ("双方", "各方", "两校", "两院", "中外双方")
# Words across a stop that are part of a name all the same ("共和国" holds 和).
NAME_STOP_EXCEPTIONS = ("共和国", "联合国", "联合会", "联合体", "共同体", "合作与交流",
                        "交流与合作", "研究与", "教育与", "科学与", "发展与", "与培训",
                        "高等", "中等", "初等", "平等", "对外", "对话", "经济", "经贸", "经营",
                        "服务于", "促进会")
# Foreign places that hold a character of NAME_STOPS (a 也, 都 or 的 inside a transliteration):
# a name running through them goes on. China's cities come from the division table instead.
FOREIGN_PLACES_WITH_STOPS = ("维也纳", "都柏林", "都灵", "京都", "首都", "的黎波里", "和歌山")
# Words that begin a place or time, not a name ("全国" alone is part of names: kept).
LEADING_NOISE = ("原", "现", "首届", "本届", "下一届", "上一届", "本次", "此次", "首个",
                 "首批", "一批", "国家级", "省级", "市级", "相关", "有关", "上述", "系列")

# Event nouns (the end of an event's name) and the kind each gives, longest first.
EVENT_NOUNS: dict[str, str] = {
    "成立大会": EventKind.CONFERENCE,
    "代表大会": EventKind.MEETING,
    "研讨会": EventKind.SEMINAR,
    "洽谈会": EventKind.MEETING,
    "交流会": EventKind.MEETING,
    "对话会": EventKind.MEETING,
    "推介会": EventKind.MEETING,
    "磋商会": EventKind.MEETING,
    "座谈会": EventKind.MEETING,
    "发布会": EventKind.MEETING,
    "工作会议": EventKind.MEETING,
    "推进会": EventKind.MEETING,
    "专题会": EventKind.MEETING,
    "部署会": EventKind.MEETING,
    "动员会": EventKind.MEETING,
    "说明会": EventKind.MEETING,
    "宣讲会": EventKind.MEETING,
    "分享会": EventKind.MEETING,
    "签约仪式": EventKind.SIGNING,
    "签约会": EventKind.SIGNING,
    "年会": EventKind.MEETING,
    "会议": EventKind.MEETING,
    "大会": EventKind.CONFERENCE,
    "峰会": EventKind.CONFERENCE,
    "论坛": EventKind.FORUM,
    "博览会": EventKind.OTHER,
    "联展": EventKind.OTHER,
    "开幕式": EventKind.CEREMONY,
    "仪式": EventKind.CEREMONY,
    "典礼": EventKind.CEREMONY,
    "培训班": EventKind.TRAINING,
    "研修班": EventKind.TRAINING,
    "文化节": EventKind.OTHER,
    "大赛": EventKind.COMPETITION,
    "竞赛": EventKind.COMPETITION,
    "技能赛": EventKind.COMPETITION,
}

# Verbs that report a happening; the kind they give an event that has no noun of its own.
EVENT_VERBS: dict[str, str] = {
    "召开": EventKind.MEETING,
    "举行": EventKind.OTHER,
    "举办": EventKind.OTHER,
    "主办了": EventKind.OTHER,  # 由…主办的 names an organizer; 主办了 reports a hosting
    "开幕": EventKind.OTHER,
    "开班": EventKind.TRAINING,
    "揭牌": EventKind.LAUNCH,
    "成立": EventKind.LAUNCH,
    "签约": EventKind.SIGNING,
    "来访": EventKind.VISIT,
    "到访": EventKind.VISIT,
    "访问": EventKind.VISIT,
    "参访": EventKind.VISIT,
    "考察": EventKind.VISIT,
    "走访": EventKind.VISIT,
    "参观": EventKind.VISIT,
    "出访": EventKind.VISIT,
    "签署": EventKind.SIGNING,
    "签订": EventKind.SIGNING,
}
# Verbs of attending: they report a happening only with an event named after them in their
# clause ("出席东岭论坛"); alone they follow a person ("校长出席并致辞").
ATTEND_VERBS = ("参加", "出席", "参会", "参与")
# "开展" reports a happening only with one of these activities closing its clause ("赴塔南开展
# 为期两周的技能培训"); "开展合作" is no event. The kind each gives.
CARRY_OUT_VERB = "开展"
ACTIVITY_NOUNS: dict[str, str] = {"培训": EventKind.TRAINING, "研修": EventKind.TRAINING,
                                  "调研": EventKind.VISIT, "考察": EventKind.VISIT,
                                  "访问": EventKind.VISIT}
# Words that make what follows a plan, not a happening.
FUTURE_MARKS = ("将于", "将在", "将举办", "将举行", "将召开", "拟", "计划于", "即将", "将", "筹备",
                "筹划", "谋划")

# Measure words of figures and the metric each gives when its noun says nothing more.
MEASURE_METRIC: dict[str, str] = {
    "家": Metric.INSTITUTIONS,
    "所": Metric.INSTITUTIONS,
    "个": Metric.OTHER,
    "名": Metric.PARTICIPANTS,
    "人次": Metric.PARTICIPANTS,
    "人": Metric.PARTICIPANTS,
    "位": Metric.PARTICIPANTS,
    "项": Metric.OTHER,
    "份": Metric.OTHER,
    "期": Metric.SESSIONS,
    "届": Metric.SESSIONS,
    "国": Metric.COUNTRIES,
    "大": Metric.OTHER,
    "天": Metric.OTHER,
    "年": Metric.OTHER,
    "个月": Metric.OTHER,
    "周": Metric.OTHER,
    "批次": Metric.OTHER,
    "场": Metric.SESSIONS,
}
# Measure words that count time: figures only after 为期 ("for a period of").
DURATION_MEASURES = frozenset({"天", "年", "个月", "周"})

# Nouns after a count, first match wins: the metric they give.
FIGURE_NOUNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("国家", "国"), Metric.COUNTRIES),
    (("成员单位", "会员单位", "盟员单位", "理事单位", "成员", "会员", "盟员"), Metric.MEMBERS),
    (("留学生", "学生", "同学", "毕业生", "新生", "在校生"), Metric.STUDENTS),
    (("学员", "技术人员"), Metric.TRAINEES),
    (("专家", "学者"), Metric.EXPERTS),
    (("院校", "高校", "学校", "学院", "大学", "企业", "单位", "机构", "工坊", "基地", "中心",
      "集团"), Metric.INSTITUTIONS),
    (("代表", "嘉宾", "外宾", "领导", "人员", "师生", "官员", "部长", "客人", "观众"),
     Metric.PARTICIPANTS),
    (("教师", "老师"), Metric.OTHER),
    (("省份", "省区市", "城市", "地市"), Metric.OTHER),  # "25个省份的150所院校": places, no bodies
)

# Short forms of Chinese cities, as news write "在京", "在沪".
CITY_SHORT_FORMS: dict[str, str] = {
    "京": "北京", "沪": "上海", "津": "天津", "渝": "重庆", "穗": "广州", "蓉": "成都",
    "榕": "福州", "邕": "南宁", "深": "深圳", "杭": "杭州", "宁": "南京",
}

# Titles of persons, as they stand before a name (校长李明).
TITLES = ("党委副书记", "党委书记", "纪委书记", "副书记", "常务副校长", "副校长", "校长",
          "常务副院长", "副院长", "院长", "副主任", "主任", "副处长", "处长", "副司长", "司长",
          "副局长", "局长", "副厅长", "厅长", "副部长", "部长", "副会长", "会长", "副理事长",
          "理事长", "副秘书长", "秘书长", "副主席", "执行主席", "主席", "董事长", "总经理",
          "副总裁", "总裁", "总干事", "巡视员", "参赞", "大使", "记者", "教授", "团长", "市长",
          "副市长", "区域经理", "经理", "常务秘书", "领事", "总领事", "副总领事", "代办")
