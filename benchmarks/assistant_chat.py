"""Seller Assistant chat against the demo database: the question set in
`assistant_questions.py` (English and Chinese; paraphrases, typos, mixed language; questions to
refuse or ask back about), with every truth computed at run time by independent SQL over the
demo file (or, for margins, from the assistant's own pricing findings), never hard-coded.

Each answer is one of: pass (the facts the truth holds are in the answer, or it asked back /
refused where it should), honest (it asked back or said it cannot answer where an answer was
due) or wrong (it answered, and the answer lacks the true figure, or it answered what it should
have refused or asked about). Pass and wrong-answer rates are printed for "dev" (read while
tuning) and "unseen" (every third question, set aside when written), for two paths:

- offline: the parser and the semantic layer (`chat.answer` without a model);
- LLM: over real HTTP against the local fake OpenAI-compatible server (tests/fake_llm.py),
  which plays a model that calls the `query` tool with the arguments a careful planner would
  give and then quotes the tool's summary. It measures the tool plumbing, argument checking and
  answer assembly, not a model's judgement; refuse/ask-back questions are not scripted.

"now" is the time of the demo's assistant run (pinned in the file), never the wall clock.

    python benchmarks/assistant_chat.py /tmp/chat-demo.db [--offline] [--new] [-v] [--show-held]

The held-out block `assistant_questions_heldout.py` adds two splits, "tune" and "held", graded
strictly (a listed fact must be a whole number, and a list naming what it should not is wrong);
a third block, "fresh2" (written after the code changes, never tuned on), likewise; the
failures of "held" and "fresh2" are printed only with --show-held. `assistant_questions_fresh.py`
adds "freshA" (80 questions, baseline measured before the third pass's changes, then tuned on),
graded strictly, and "freshB" (31 questions written after the changes, measured once
untouched; its failures print only with --show-held) and "freshC" (28 more, written after the
fixes that followed freshB, measured once untouched) and "freshD" (30, written for the coverage
guard of ADR 0104 before its changes, measured once untouched); --fresh runs only the fresh
blocks. `assistant_questions_fresh2.py` adds "freshF" and "freshG" (60 each, written without the
parser in view, measured once untouched, graded strictly; failures print with --show-held);
--fresh2 runs only them; `assistant_questions_fresh3.py` adds "freshH" (70, written the same way,
measured once untouched, graded strictly), which --fresh3 runs alone;
`assistant_questions_fresh4.py` adds "freshI" (50, written the same way, measured once untouched,
graded strictly), which --fresh4 runs alone; `assistant_questions_fresh5.py` adds "freshJ" (40,
written the same way, measured once untouched, graded strictly), which --fresh5 runs alone;
`assistant_questions_fresh6.py` adds "freshK" (60, written the same way, measured once
untouched, graded strictly), which --fresh6 runs alone;
`assistant_questions_fresh7.py` adds "freshL" (60, Chinese-heavy WeChat-style, written the same
way, measured once untouched, graded strictly), which --fresh7 runs alone;
`assistant_questions_fresh8.py` adds "freshM" (80, 40 English and 40 Chinese, the session's final
out-of-sample block, written the same way, measured once untouched, graded strictly), which
--fresh8 runs alone;
`assistant_questions_fresh9.py` adds "freshN" (80, 40 English and 40 Chinese, typed as an owner,
ops, finance, a new hire and a Hong Kong / Taiwan colleague would, the round's final out-of-sample
block, measured once untouched, graded strictly), which --fresh9 runs alone;
`assistant_questions_fresh10.py` adds "freshO" (80, 40 English and 40 Chinese, typed as a brand
manager, an agency account manager, a bookkeeper, a factory boss by voice, a 运营 and a finance
clerk would, measured once untouched, graded strictly), which --fresh10 runs alone;
`assistant_questions_fresh11.py` adds "freshP" (80, 40 English and 40 Chinese, written the same way,
measured once untouched, graded strictly), which --fresh11 runs alone. Both were first-sighted
(offline, on both demo dates: freshO 64 pass / 9 honest / 7 wrong, freshP 71 / 5 / 4) and are
dev data since: after tuning on first sight (ADR 0161), offline on both demo dates, freshO 78 /
2 / 0 and freshP 80 / 0 / 0;
`assistant_questions_fresh12.py` adds "freshQ" (80, 40 English and 40 Chinese, typed as a boss by
voice, a Hong Kong colleague, a warehouse / logistics coordinator, finance, a terse ops lead, a
Japan-market manager, an accountant and a new VA, written the same way, measured once untouched,
graded strictly), which --fresh12 runs alone;
`assistant_questions_tuneR.py` adds "tuneR" (120, 60 English and 60 Chinese, a dev block
written to hunt confident wrong answers: figures not held, compound questions, exceptions,
comparisons, time ranges, per unit against total, currencies, who / why, top N, other sellers;
graded strictly, read while tuning), which --tuneR runs alone;
`assistant_questions_fresh13.py` adds "freshR" (80, 40 English and 40 Chinese, the plain questions
a reviewer types on first trying the product, written the same way, measured once untouched,
graded strictly), which --fresh13 runs alone;
`assistant_questions_fresh14.py` adds "freshS" (80, 40 English and 40 Chinese, sellers typing fast
on a phone in a group chat with their ERP bot, and a 3PL partner, written the same way, measured
once untouched (66 / 9 / 5), graded strictly), which --fresh14 runs alone;
`assistant_questions_fresh15.py` adds "freshT" (80, 40 English and 40 Chinese, asked in context
as in a weekly review meeting or an email: a reason or preamble first, the store or period late,
numbers as words, a finance person's precise wording; written the same way, measured once
untouched (61 / 12 / 7), graded strictly), which --fresh15 runs alone;
`assistant_questions_fresh16.py` adds "freshU" (80, 40 English and 40 Chinese, a reviewer or new
user trying the product after clicking through the demo's pages: requests and commands ("Show me",
"List", "帮我看看", "列出", "查一下"), yes/no questions answered by a figure, products by their
catalogue names, SKUs or nicknames; written the same way, not yet run, graded strictly), which
--fresh16 runs alone;
`assistant_questions_fresh17.py` adds "freshV" (80, 40 English and 40 Chinese, typed into a
ticketing tool or Slack by the European and Japan market operations managers and a customer-service
lead: dates and stores in many forms, stores by domain or local name, products by partial or
misspelt names, shipments and stock flows; written the same way, not yet run), which --fresh17 runs
alone;
`assistant_questions_fresh18.py` adds "freshW" (80, 40 English and 40 Chinese: a factory owner
dictating by voice input (no punctuation, fillers, run-on sentences, numbers as words, the odd
homophone slip) and an Amazon agency account manager writing formal British English (per unit
against total, two clauses, other sellers' figures and figures not held); written the same way, not
yet run, graded strictly), which --fresh18 runs alone;
`assistant_questions_fresh19.py` adds "freshX" (80, 40 English and 40 Chinese, typed by a data
analyst and a supply-chain planner, precise and terse: explicit year-less date ranges and months in
many forms, per-store breakdowns and comparisons, stock as on hand / reserved / inbound, days of
cover, reorder and stock-outs, shipments by code, HS codes on file and proposed, the Chinese half in
planning jargon; written the same way, not yet run, graded strictly), which --fresh19 runs alone;
`assistant_questions_fresh20.py` adds "freshY" (80, 40 English and 40 Chinese, a demanding reviewer
probing the issue's promises: period edges (yesterday, today so far, the first week of November, a
weekday of last week), figures that are legitimately zero, variant SKUs, amounts in the currency
they are held in, per unit against total, profit after fees, SKUs missing a dash, products named by
material or colour alone, a product and a shipment in one question, and questions to refuse or ask
back about; written the same way, not yet run, graded strictly), which --fresh20 runs alone;
`assistant_questions_fresh21.py` adds "freshZ" (80, 40 English and 40 Chinese: a US-based virtual
assistant / freelancer in casual American English (slang, contractions, "gimme", "rn", "ASAP", two
requests in one message) and a 运营 writing 日报 / 周报 questions in e-commerce jargon (出单, 单量,
动销, GMV, 件数, 站点, 链接, 断货预警, 头程, 备货, 入仓); written the same way, not yet run, graded
strictly), which --fresh21 runs alone;
`assistant_questions_fresh22.py` adds "freshAA" (80, 40 English and 40 Chinese, ordinary sellers:
a Shenzhen small-business owner writing English as a second language ("how much pieces", "the fan
japan stock have how many"), a US ops manager in quick Slack messages, questions wrapped in context,
a boss dictating by voice input (no punctuation, fillers, numbers as words), a Taiwanese colleague
in Traditional Chinese and a 运营 in short 工作群 messages; written the same way, not yet run,
graded strictly), which --fresh22 runs alone;
`assistant_questions_fresh23.py` adds "freshAB" (80, 40 English and 40 Chinese: a finance controller
closing the month in precise, formal English, a British / Australian e-commerce manager ("reckon",
"cheers", "mate", "flog") and an inventory planner (days of cover, OOS, in-transit, "sitting at the
hub"); 财务 in formal written Chinese (请提供, 烦请确认, 截至目前, 合计), a 仓库 / 物流 colleague
(票, 柜子, 头程, 清关, 入仓) and sellers' mixed-language messages ("kettle 美国站 last week
出了几单"); written the same way, not yet run, graded strictly), which --fresh23 runs alone;
`assistant_questions_avg.py` adds "avgS" (32, averages of sales, written with the parser in
view: dev data), which --avg runs alone;
`assistant_questions_fresh24.py` adds "freshAC" (80, 40 English and 40 Chinese: a seller typing
keywords on a phone (typos, no grammar), a curious new employee asking full, slightly verbose
questions (two related asks in one message), an agency account manager reporting to the brand
("for the client deck: ..."), a seller on a phone in Chinese (short, the odd same-sound typo), a
新人运营 asking with 请问, and a 老板 asking about money (赚多少, 亏不亏, 利润, 成本, 到手价);
written the same way, not yet run, graded strictly), which --fresh24 runs alone;
`assistant_questions_fresh25.py` adds "freshAD" (80, 40 English and 40 Chinese: a US Amazon seller
in Seller Central jargon (units ordered, ordered product sales, FBA inventory, sell-through, OOS,
ASP), a bookkeeper asking short questions about money (unit cost, landed cost, margin per unit,
average order value), an Amazon Japan / Australia store manager, a 跨境电商老板 on WeChat (卖了几单,
咋样, 还剩多少), a 数据分析 colleague (客单价, 平均售价, 日均销量; 环比 and 占比 asked as their two
figures; 转化率 and 同比 refused) and a 采购 (采购价, 宁波仓, 补货, 在途); written the same way, not
yet run, graded strictly), which --fresh25 runs alone;
`assistant_questions_fresh26.py` adds "freshAE" (80, 40 English and 40 Chinese: European colleagues
writing English as a second language ("How much pieces", "Which is the stock of", "Can you say me",
"turnover", "make minus"), a logistics coordinator (shipment codes, ETAs into an FC, customs holds,
late shipments, SKUs on a shipment, inbound to each FBA) and an executive assistant preparing the
CEO's numbers ("Would you be able to ..."); a 外贸跟单 / 物流 clerk (清关, 货代, 柜号,
提单号, 海关编码, 入仓), a Hong Kong / Taiwan colleague in 繁體 (幾多, 邊個, 賣咗, 未出貨)
and a 运营 on listings (上架, 没上线, 审核中, 各站点的listing); written the same way, not yet
run, graded strictly), which --fresh26 runs alone;
`assistant_questions_fresh27.py` adds "freshAF" (80, 40 English and 40 Chinese: a seller writing
dates every which way ("Nov 1-15", "since the 20th", "last Friday", "11/16 - 11/22", "the past
fortnight", YTD, Q3), a product manager comparing stores and ranking products (top 3, worst seller,
US vs DE, which store sold most, averages), yes/no questions whose answer is a figure ("Did we sell
any kettles in Germany yesterday?"); a 老板 asking yes/no and 怎么样 questions (卖得怎么样, 亏不亏,
有没有断货), a 运营 writing periods many ways (上周五, 11月1号到15号, 近两周, 今年以来, 三季度,
黑五那天) and short 工作群 messages with @ mentions (美站, 德站, 日站, 英站); written the same way,
not yet run, graded strictly), which --fresh27 runs alone;
`assistant_questions_fresh28.py` adds "freshAG" (80, 40 English and 40 Chinese: a remote virtual
assistant in the Philippines / India writing polite, slightly formal English ("Good day po",
"Kindly share", "May I know"), an Amazon account consultant auditing the account in Seller Central
column names ("Units Ordered", "Ordered Product Sales", "Total Order Items"; out-of-stock ASINs,
listings not active, products sold at a loss) and a seller typing SKUs in odd forms ("nb-ap-001",
"NB AP 003", "nbap004", "sku 001 kettle"); a northern 老板 in colloquial dialect (多老少, 啥, 整,
嘎哈, 贼多), a 运营 mixing pinyin initials into work chat (kc, dd, xl, US站, de站, yyds) and a
仓管 on 头程, 海运 / 空运 票 and 入仓; written the same way, not yet run, graded strictly), which
--fresh28 runs alone;
`assistant_questions_fresh29.py` adds "freshAH" (80, 40 English and 40 Chinese: a seller dictating
by speech-to-text (no punctuation, run-on words, homophones such as "cattles" and "four the",
numbers spelled out), a long-winded seller who gives the reason before the question ("So we're
planning the Q1 budget and ...") and a finance person (GMV, COGS, gross margin, run-rate, AOV, ASP,
sell-through); a 老板 by voice input with 同音错字 (得国站, 库村, 定单, 销两), a rambling 老板 who
explains why first (因为下周要开会……所以想看看……) and a 财务 / 数据 colleague stating the 口径
(按自然月, 不含取消订单, 按下单日期, 截止昨天); written the same way, not yet run, graded
strictly), which --fresh29 runs alone;
`assistant_questions_fresh30.py` adds "freshAI" (80, 40 English and 40 Chinese: a seller pasting
chat messages with emoji, quotes and markdown ("**urgent** 👉 kettle DE?", "→"), terse SQL-ish /
spreadsheet-ish requests ("units by store, kettle, last 30d", "count(open orders)") and a very
polite formal email register ("Dear assistant, could you please advise ..."); a seller typing
full-width characters and punctuation (ＮＢ－ＡＰ－００１, ６０天, ？！), a 日本站 manager mixing
Japanese words into Chinese (在庫, 売上, 出荷待ち, アマゾン日本) and a 客服 / 售后 colleague asking
short questions about orders, open orders, shipments' exceptions and listings; written the same
way, not yet run, graded strictly), which --fresh30 runs alone;
`assistant_questions_fresh31.py` adds "freshAJ" (80, 40 English and 40 Chinese: an ops intern in
very short lowercase messages full of abbreviations (qty, inv, rev, ords, wk, mo, yday, fc, pcs, ea,
w/), an Amazon PPC / ads manager asking about sales, prices and stock (ACOS, impressions and TACoS
refused) and a Canadian seller on the US and UK stores ("How are we trending ...", "What's our
run-rate ...", "ballpark"); a factory-side 工厂老板 (大货, 出货, 备货, 工厂价), a Malaysian /
Singaporean seller mixing English into Chinese ("这个 week 美国站的 sales amount 多少 ah", "stock
还有几多 lah") and a 客户经理 in formal 书面语 (烦请告知, 劳烦查询, 敬请); written the same way, not
yet run, graded strictly), which --fresh31 runs alone;
`assistant_questions_fresh32.py` adds "freshAK" (80, 40 English and 40 Chinese: a seller typing
fast with typos and autocorrect slips ("howmany kettels", "whats teh", caps lock, "in germane"), a
product manager asking "how does X compare with Y" / "is X ahead of Y" (one product across stores,
store totals, the store ahead) and a seller asking yes/no questions with a negation whose honest
answer is the figure ("Haven't we sold any frothers in Japan yesterday?"); a 00后 运营 in internet
slang and emoji (家人们, 救命, 咋整, 绝绝子, 🙏), a 老會計 in Taiwan in formal 繁體 (營業額, 訂單量,
庫存, 出貨, 報關) and a 新品开发 colleague on HS codes, landed costs, margins and listings per
store; written the same way, not yet run, graded strictly), which --fresh32 runs alone;
`assistant_questions_fresh33.py` adds "freshAL" (80, 40 English and 40 Chinese: an Australian
seller in Aussie slang ("how're we going with", "reckon", "heaps", "arvo", "mate") who writes
explicit ISO dates and ranges ("2026-11-27 to 2026-11-30", "since 2026-11-28": only days that
resolve alike on both demo dates) and asks about Amazon AU too, and a supply-chain planner (days of
cover, reorder, inbound, the Ningbo hub, shipments); a 货代 / 物流 colleague naming shipments by
柜号 or 提单号 (柜, 船期, 开船, 清关, 头程), a 财务 (成本, 到岸成本, 毛利, 客单价, in the currency
held) and a 运营主管 writing the 周报 (本周, 上周; 周环比 refused); written the same way, not yet
run, graded strictly), which --fresh33 runs alone;
`assistant_questions_fresh34.py` adds "freshAM" (80, 40 English and 40 Chinese: a British seller,
very polite and understated, in long hedged sentences ("I wonder if you could possibly tell me",
"would you mind", "roughly", "a touch", "rather", "I'd be grateful") and an Indian-English seller
("kindly share", "do the needful", "what is the sales of", "revert", "PFB", "as on date", "till
now", "itself", "only", "how much quantity"); a 深圳大卖的数据分析师 in metric jargon (GMV, 单量,
件单价, 客单价, 动销, 口径, 维度, 拉一下数; 同比 and 周环比 refused) and a 宝妈 with a side-hustle
store typing voice-message Chinese (哎呀, 那个那个, 帮我看看, 是不是, 呢, 啦, repeated words, no
punctuation); written the same way, not yet run, graded strictly), which --fresh34 runs alone;
`assistant_questions_fresh35.py` adds "freshAN" (80, 40 English and 40 Chinese: a German seller
writing English with German word order and German words (Umsatz, Lager, Bestellungen, Stück, "how
many pieces", "the last 4 weeks", dates as 01.12.2026 and "27.11. until 30.11.") and a Japanese
seller in careful textbook English ("Please teach me", "How about", "Is it possible to know"); a
Hong Kong seller in Cantonese in traditional characters (幾多, 賣咗, 喺, 有冇, 點樣, 上個禮拜) and
a 台湾 seller in casual 繁體 (超, 蛤, 欸, 喔, 庫存, 出貨, 上架, 品項, 這禮拜, 美國站); written the
same way, not yet run, graded strictly), which --fresh35 runs alone;
`assistant_questions_fresh36.py` adds "freshAO" (80, 40 English and 40 Chinese: a US ops team in
Slack (@mentions, cc's, "rn", emoji), the same people pasting multi-line bullet messages (a line
each: "- store: DE", "- sku: ...", "- period: last 30d", "units?"), bare keyword queries ("kettle
DE stock", "units US 7d NB-AP-005") and imperative commands ("Give me", "Pull", "Show", "List");
keyword-style 表格 queries with spaces ("德国 库存 料理棒", "美国站 上周 订单数"), a 老板
asking rhetorical, reproachful questions whose honest answer is a figure
("难道上个月一件都没卖？", "怎么还没到？到底什么时候到") and a 跨境老鸟 mixing English
abbreviations into Chinese (FBA, SKU, 头程, 在途, 可售, 断货, 补货, 动销); written the same way,
not yet run, graded strictly), which --fresh36 runs alone;
`assistant_questions_fresh37.py` adds "freshAP" (80, 40 English and 40 Chinese: a US Gen-Z seller
texting in lowercase slang ("lowkey", "ngl", "fr", "no cap", "bruh", "lmk", "rn", "tbh", emoji)
and a formal finance controller ("Please provide", "Kindly confirm", "as at", "period-to-date",
MTD, QTD, YTD, "for the month ended 31 October"); a seller typing 四川/重庆话 (啥子, 好多, 咋个,
晓得, 莫得, 噻, 哈, 嘛) and a 上海/江浙 seller in 吴语 colloquial (伐, 阿拉, 晓得伐, 侬, 啥辰光,
老早, 交关, 几钿, 卖脱); written the same way, not yet run, graded strictly), which --fresh37 runs
alone;
`assistant_questions_fresh38.py` adds "freshAQ" (80, 40 English and 40 Chinese: a seller talking
to a voice assistant in whole spoken sentences with the numbers spelled out ("the last twenty-one
days", "the past fortnight", "the last one hundred days") and a logistics coordinator in shipping
jargon (ETA, ETD, POD, vessel, feeder, rolled, transshipment, consignment, in-gated, FCL/LCL,
"where's the box"); a 采购 / 供应链 colleague (采购价, 进价, 备货, 补货点, 安全库存, 周转天数,
断货预警, 补多少) and a foreign learner writing simple Chinese with learner mistakes (wrong
measure words, missing 了/的, English word order, pinyin such as diànshuǐhú and kùcún); written
the same way, not yet run, graded strictly), which --fresh38 runs alone;
`assistant_questions_fresh39.py` adds "freshAR" (80, 40 English and 40 Chinese: questions embedded
in emails ("Re: Fwd:" subject lines, greetings, sign-offs, the question in the middle of the
background) and a demanding seller who adds conditions ("only the ones that ...", "just the live
ones", "not counting the hub", "excluding Japan"; those the data can honour answered, the others
asked back); 微信群聊 messages (several lines, @人, [捂脸] [OK] [强], 收到, 辛苦) and a 会计
writing full Chinese dates (2026年11月28日至12月3日, 十一月二十八号到三十号, 12月1日起; only days
that resolve alike on both demo dates); written the same way, not yet run, graded strictly), which
--fresh39 runs alone;
--only SPLIT runs one split, --skip SPLIT all but one.


(the file is built with `globalsell demo` when missing)
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from assistant_questions import CASES, FRESH, Spec  # noqa: E402
from assistant_questions_avg import AVG_S  # noqa: E402
from assistant_questions_fresh import FRESH_A, FRESH_B, FRESH_C, FRESH_D, FRESH_E  # noqa: E402
from assistant_questions_fresh2 import FRESH_F, FRESH_G  # noqa: E402
from assistant_questions_fresh3 import FRESH_H  # noqa: E402
from assistant_questions_fresh4 import FRESH_I  # noqa: E402
from assistant_questions_fresh5 import FRESH_J  # noqa: E402
from assistant_questions_fresh6 import FRESH_K  # noqa: E402
from assistant_questions_fresh7 import FRESH_L  # noqa: E402
from assistant_questions_fresh8 import FRESH_M  # noqa: E402
from assistant_questions_fresh9 import FRESH_N  # noqa: E402
from assistant_questions_fresh10 import FRESH_O  # noqa: E402
from assistant_questions_fresh11 import FRESH_P  # noqa: E402
from assistant_questions_fresh12 import FRESH_Q  # noqa: E402
from assistant_questions_fresh13 import FRESH_R  # noqa: E402
from assistant_questions_fresh14 import FRESH_S  # noqa: E402
from assistant_questions_fresh15 import FRESH_T  # noqa: E402
from assistant_questions_fresh16 import FRESH_U  # noqa: E402
from assistant_questions_fresh17 import FRESH_V  # noqa: E402
from assistant_questions_fresh18 import FRESH_W  # noqa: E402
from assistant_questions_fresh19 import FRESH_X  # noqa: E402
from assistant_questions_fresh20 import FRESH_Y  # noqa: E402
from assistant_questions_fresh21 import FRESH_Z  # noqa: E402
from assistant_questions_fresh22 import FRESH_AA  # noqa: E402
from assistant_questions_fresh23 import FRESH_AB  # noqa: E402
from assistant_questions_fresh24 import FRESH_AC  # noqa: E402
from assistant_questions_fresh25 import FRESH_AD  # noqa: E402
from assistant_questions_fresh26 import FRESH_AE  # noqa: E402
from assistant_questions_fresh27 import FRESH_AF  # noqa: E402
from assistant_questions_fresh28 import FRESH_AG  # noqa: E402
from assistant_questions_fresh29 import FRESH_AH  # noqa: E402
from assistant_questions_fresh30 import FRESH_AI  # noqa: E402
from assistant_questions_fresh31 import FRESH_AJ  # noqa: E402
from assistant_questions_fresh32 import FRESH_AK  # noqa: E402
from assistant_questions_fresh33 import FRESH_AL  # noqa: E402
from assistant_questions_fresh34 import FRESH_AM  # noqa: E402
from assistant_questions_fresh35 import FRESH_AN  # noqa: E402
from assistant_questions_fresh36 import FRESH_AO  # noqa: E402
from assistant_questions_fresh37 import FRESH_AP  # noqa: E402
from assistant_questions_fresh38 import FRESH_AQ  # noqa: E402
from assistant_questions_fresh39 import FRESH_AR  # noqa: E402
from assistant_questions_heldout import FRESH2, NEW50, half  # noqa: E402
from assistant_questions_tuneR import TUNE_R  # noqa: E402
from assistant_truth_avg import AVG_KINDS, expect_avg  # noqa: E402
from assistant_truth_fresh import FRESH_KINDS, expect_fresh  # noqa: E402
from assistant_truth_fresh2 import FRESH2_KINDS, expect_fresh2  # noqa: E402
from assistant_truth_fresh3 import FRESH3_KINDS, expect_fresh3  # noqa: E402
from assistant_truth_more import expect_more  # noqa: E402
from tests.fake_llm import FakeLLM, serve, text, tool_call  # noqa: E402

from globalsell.accounts import service as accounts  # noqa: E402
from globalsell.ai.openai_compatible import LLMConfig, OpenAICompatibleClient  # noqa: E402
from globalsell.assistant import chat  # noqa: E402
from globalsell.assistant.answer_words import LISTING_STATUS  # noqa: E402
from globalsell.bootstrap import build_runtime  # noqa: E402
from globalsell.config import Settings, sqlite_url  # noqa: E402
from globalsell.core.money import Money, Rounding  # noqa: E402
from globalsell.db.session import unit_of_work  # noqa: E402
from globalsell.demo import builder  # noqa: E402

ANSWERED_NOT = ("clarify", "unknown", "refuse", "refuse_write", "refuse_other_seller")
MORE_KINDS = {
    "stockout",
    "no_hs",
    "late",
    "top_n",
    "open_orders",
    "margin",
    "listing_count",
    "compare",
    "top_stock",
    "reorder",
    "inbound",
}
FC_COUNTRY = {"UK": "GB"}
NONE_RE = re.compile(r"(?<![0-9.])0(?![0-9.])|\bNo \w|没有")
# the lettered blocks, in the order they were written; a new block adds one line here and one flag
BLOCKS: list[tuple[str, list[tuple[str, Spec]]]] = [
    ("freshA", FRESH_A),
    ("freshB", FRESH_B),
    ("freshC", FRESH_C),
    ("freshD", FRESH_D),
    ("freshE", FRESH_E),
    ("freshF", FRESH_F),
    ("freshG", FRESH_G),
    ("freshH", FRESH_H),
    ("freshI", FRESH_I),
    ("freshJ", FRESH_J),
    ("freshK", FRESH_K),
    ("freshL", FRESH_L),
    ("freshM", FRESH_M),
    ("freshN", FRESH_N),
    ("freshO", FRESH_O),
    ("freshP", FRESH_P),
    ("freshQ", FRESH_Q),
    ("tuneR", TUNE_R),
    ("freshR", FRESH_R),
    ("freshS", FRESH_S),
    ("freshT", FRESH_T),
    ("freshU", FRESH_U),
    ("freshV", FRESH_V),
    ("freshW", FRESH_W),
    ("freshX", FRESH_X),
    ("freshY", FRESH_Y),
    ("freshZ", FRESH_Z),
    ("freshAA", FRESH_AA),
    ("freshAB", FRESH_AB),
    ("freshAC", FRESH_AC),
    ("avgS", AVG_S),
    ("freshAD", FRESH_AD),
    ("freshAE", FRESH_AE),
    ("freshAF", FRESH_AF),
    ("freshAG", FRESH_AG),
    ("freshAH", FRESH_AH),
    ("freshAI", FRESH_AI),
    ("freshAJ", FRESH_AJ),
    ("freshAK", FRESH_AK),
    ("freshAL", FRESH_AL),
    ("freshAM", FRESH_AM),
    ("freshAN", FRESH_AN),
    ("freshAO", FRESH_AO),
    ("freshAP", FRESH_AP),
    ("freshAQ", FRESH_AQ),
    ("freshAR", FRESH_AR),
]
# "--freshN" runs only the blocks named (the flags predate --only, which takes any one split)
FLAGS = {
    "--fresh": ("freshA", "freshB", "freshC", "freshD", "freshE"),
    "--fresh2": ("freshF", "freshG"),
    "--fresh3": ("freshH",),
    "--fresh4": ("freshI",),
    "--fresh5": ("freshJ",),
    "--fresh6": ("freshK",),
    "--fresh7": ("freshL",),
    "--fresh8": ("freshM",),
    "--fresh9": ("freshN",),
    "--fresh10": ("freshO",),
    "--fresh11": ("freshP",),
    "--fresh12": ("freshQ",),
    "--tuneR": ("tuneR",),
    "--fresh13": ("freshR",),
    "--fresh14": ("freshS",),
    "--fresh15": ("freshT",),
    "--fresh16": ("freshU",),
    "--fresh17": ("freshV",),
    "--fresh18": ("freshW",),
    "--fresh19": ("freshX",),
    "--fresh20": ("freshY",),
    "--fresh21": ("freshZ",),
    "--fresh22": ("freshAA",),
    "--fresh23": ("freshAB",),
    "--fresh24": ("freshAC",),
    "--avg": ("avgS",),
    "--fresh25": ("freshAD",),
    "--fresh26": ("freshAE",),
    "--fresh27": ("freshAF",),
    "--fresh28": ("freshAG",),
    "--fresh29": ("freshAH",),
    "--fresh30": ("freshAI",),
    "--fresh31": ("freshAJ",),
    "--fresh32": ("freshAK",),
    "--fresh33": ("freshAL",),
    "--fresh34": ("freshAM",),
    "--fresh35": ("freshAN",),
    "--fresh36": ("freshAO",),
    "--fresh37": ("freshAP",),
    "--fresh38": ("freshAQ",),
    "--fresh39": ("freshAR",),
}
STRICT = ("tune", "held", "fresh2", "freshA", "freshB", "freshC", "freshD", "freshE", "freshF")
STRICT += ("freshG", "freshH", "freshI", "freshJ", "freshK", "freshL", "freshM", "freshN")
STRICT += ("freshO", "freshP", "freshQ", "tuneR", "freshR", "freshS", "freshT", "freshU")
STRICT += ("freshV", "freshW", "freshX", "freshY", "freshZ", "freshAA", "freshAB")
STRICT += ("freshAC", "avgS", "freshAD", "freshAE", "freshAF")
STRICT += ("freshAG",)
STRICT += ("freshAH",)
STRICT += ("freshAI",)
STRICT += ("freshAJ",)
STRICT += ("freshAK",)
STRICT += ("freshAL",)
STRICT += ("freshAM",)
STRICT += ("freshAN",)
STRICT += ("freshAO",)
STRICT += ("freshAP",)
STRICT += ("freshAQ",)
STRICT += ("freshAR",)
UNTOUCHED = ("held", "fresh2", "freshB", "freshC", "freshD", "freshE", "freshF", "freshG")
UNTOUCHED += ("freshH", "freshI", "freshJ", "freshK", "freshL", "freshM", "freshN")
UNTOUCHED += ("freshO", "freshP", "freshQ", "freshR", "freshS", "freshT", "freshU")
UNTOUCHED += ("freshV", "freshW", "freshX", "freshY", "freshZ", "freshAA", "freshAB")
UNTOUCHED += ("freshAC", "freshAD", "freshAE", "freshAF")
UNTOUCHED += ("freshAG",)
UNTOUCHED += ("freshAH",)
UNTOUCHED += ("freshAI",)
UNTOUCHED += ("freshAJ",)
UNTOUCHED += ("freshAK",)
UNTOUCHED += ("freshAL",)
UNTOUCHED += ("freshAM",)
UNTOUCHED += ("freshAN",)
UNTOUCHED += ("freshAO",)
UNTOUCHED += ("freshAP",)
UNTOUCHED += ("freshAQ",)
UNTOUCHED += ("freshAR",)


def zh(q: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", q) is not None


def black_friday(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(4 - first.weekday()) % 7 + 21)


def period(key: str, today: date) -> tuple[date, date]:
    days = {"30d": 30, "7d": 7, "14d": 14, "90d": 90}
    if key in days:
        return today - timedelta(days=days[key] - 1), today
    first = today.replace(day=1)
    monday = today - timedelta(days=today.weekday())
    if key == "this_month":
        return first, today
    if key == "last_month":
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    if key == "this_week":
        return monday, today
    if key == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if key == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if key == "bf":
        bf = black_friday(today.year)
        return (bf if bf <= today else black_friday(today.year - 1)), today
    months = {"oct": 10, "nov": 11}
    if key in months:
        m = months[key]
        year = today.year if today.month >= m else today.year - 1
        following = date(year + 1, 1, 1) if m == 12 else date(year, m + 1, 1)
        return date(year, m, 1), min(following - timedelta(days=1), today)
    if key.startswith("since:"):  # "since:11-10": that day (the latest not after today)
        month, day = (int(x) for x in key[6:].split("-"))
        start = date(today.year, month, day)
        return (start if start <= today else date(today.year - 1, month, day)), today
    if key == "bfday":  # Black Friday itself, the latest begun
        bf = black_friday(today.year)
        day = bf if bf <= today else black_friday(today.year - 1)
        return day, day
    if key == "ytd":
        return date(today.year, 1, 1), today
    if re.fullmatch(r"\d+d", key):  # "60d": the last 60 days
        return today - timedelta(days=int(key[:-1]) - 1), today
    if key.startswith("lastwd:"):  # "lastwd:1": Tuesday of last week (Monday 0)
        day = today - timedelta(days=today.weekday() + 7 - int(key[7:]))
        return day, day
    if key.startswith("m:"):  # "m:9": September, the latest begun
        m = int(key[2:])
        year = today.year if today.month >= m else today.year - 1
        following = date(year + 1, 1, 1) if m == 12 else date(year, m + 1, 1)
        return date(year, m, 1), min(following - timedelta(days=1), today)
    if key.startswith("q:"):  # "q:3": the third quarter, the latest begun
        first_month = 3 * int(key[2:]) - 2
        year = today.year if today.month >= first_month else today.year - 1
        end_month = first_month + 2
        following = date(year + 1, 1, 1) if end_month == 12 else date(year, end_month + 1, 1)
        return date(year, first_month, 1), min(following - timedelta(days=1), today)
    if key.startswith("range:"):  # "range:11-01:11-15": the latest such span begun
        (m1, d1), (m2, d2) = (tuple(int(x) for x in part.split("-")) for part in key[6:].split(":"))
        year = today.year if date(today.year, m1, d1) <= today else today.year - 1
        return date(year, m1, d1), min(date(year, m2, d2), today)
    if key == "last_quarter":
        q_first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = q_first - timedelta(days=1)
        return date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end
    raise ValueError(key)


def money(amount: Decimal, currency: str) -> str:
    return f"{Money.of(amount, currency).quantize(Rounding.HALF_UP).amount:f}"


class Truth:
    """Expected facts from the demo file by plain SQL."""

    def __init__(self, path: Path, seller_id: int, session: Any = None, actor: Any = None) -> None:
        self.db = sqlite3.connect(path)
        self.seller = seller_id
        self.session = session  # pricing's quote for the landed-cost truth
        self.actor = actor
        started = self.db.execute(
            "SELECT max(started_at) FROM assistant_runs WHERE seller_id = ?", (seller_id,)
        ).fetchone()[0]
        self.now = datetime.fromisoformat(started).replace(tzinfo=UTC)
        self.today = self.now.date()

    def q(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, args).fetchall()

    def sales(self, sku: str | None, store: str | None, key: str) -> list[tuple[Any, ...]]:
        start, end = period(key, self.today)
        sql = (
            "SELECT l.sku, o.marketplace, l.currency, sum(l.quantity), count(distinct o.id), "
            "sum(l.item_price) FROM order_lines l JOIN orders o ON o.id = l.order_pk "
            "WHERE o.seller_id = ? AND o.status != 'cancelled' AND o.purchase_day BETWEEN ? AND ?"
        )
        args: list[Any] = [self.seller, start.isoformat(), end.isoformat()]
        if sku:
            sql += " AND l.sku = ?"
            args.append(sku)
        if store:
            sql += " AND o.marketplace = ?"
            args.append(store)
        return self.q(sql + " GROUP BY 1, 2, 3", *args)

    def fc(self, store: str) -> str:
        rows = self.q(
            "SELECT code FROM locations WHERE seller_id = ? AND kind = 'fc' AND "
            "(marketplace = ? OR country = ?) ORDER BY marketplace IS NULL, code",
            self.seller,
            store,
            FC_COUNTRY.get(store, store),
        )
        return str(rows[0][0])

    def forbid(self, spec: Spec, chinese: bool) -> list[str]:
        """Strings a right answer must not contain (only the held-out block's kinds have any)."""
        if spec[0] == "both":  # a compound question: neither half's wrong figures
            return self.forbid(spec[1], chinese) + self.forbid(spec[2], chinese)
        if spec[0] in AVG_KINDS:
            return expect_avg(self, spec, chinese)[1]
        if spec[0] in FRESH3_KINDS:
            return expect_fresh3(self, spec, chinese)[1]
        if spec[0] in FRESH2_KINDS:
            return expect_fresh2(self, spec, chinese)[1]
        if spec[0] in FRESH_KINDS:
            return expect_fresh(self, spec, chinese)[1]
        if spec[0] in MORE_KINDS or (spec[0] == "stock" and spec[2] is None):
            return expect_more(self, spec, chinese)[1]
        return []

    def expect(self, spec: Spec, chinese: bool) -> list[str]:  # noqa: C901 - one branch a spec
        kind = spec[0]
        if kind == "both":  # a compound question: the facts of both halves
            return self.expect(spec[1], chinese) + self.expect(spec[2], chinese)
        if kind in AVG_KINDS:
            return expect_avg(self, spec, chinese)[0]
        if kind in FRESH3_KINDS:
            return expect_fresh3(self, spec, chinese)[0]
        if kind in FRESH2_KINDS:
            return expect_fresh2(self, spec, chinese)[0]
        if kind in FRESH_KINDS:
            return expect_fresh(self, spec, chinese)[0]
        if kind in MORE_KINDS or (kind == "stock" and spec[2] is None):
            return expect_more(self, spec, chinese)[0]
        if kind in ("units", "orders", "revenue"):
            _, sku, store, key = spec
            rows = self.sales(sku, store, key)
            if kind == "units":
                n = sum(r[3] for r in rows)
                return [f"{n} 件" if chinese else plural(n, "unit")]
            if kind == "orders":
                n = sum(r[4] for r in rows)
                return [f"{n} 个订单" if chinese else plural(n, "order")]
            per: dict[str, Decimal] = defaultdict(Decimal)
            for r in rows:
                per[r[2]] += Decimal(str(r[5]))
            return [f"{money(a, c)} {c}" for c, a in sorted(per.items())]
        if kind in ("top", "bottom"):
            _, store, key = spec
            units: dict[str, int] = defaultdict(int)
            if kind == "bottom":
                for (sku,) in self.q("SELECT sku FROM products WHERE seller_id = ?", self.seller):
                    units[sku] = 0
            for r in self.sales(None, store, key):
                units[r[0]] += r[3]
            if not units:  # no sales in the period (a demo dated a Monday has no "this week")
                return []
            pick = (max if kind == "top" else min)(units.values())
            sku = sorted(s for s, n in units.items() if n == pick)[0]
            return [sku, f"{pick} 件" if chinese else plural(pick, "unit")]
        if kind == "top_store":
            per_store: dict[str, int] = defaultdict(int)
            for r in self.sales(None, None, spec[1]):
                per_store[r[1]] += r[3]
            if not per_store:
                return []
            store, n = max(per_store.items(), key=lambda x: x[1])
            return [f"{store} ({f'{n} 件' if chinese else plural(n, 'unit')})"]
        if kind == "cost":
            rows = self.q(
                "SELECT unit_cost, cost_currency FROM products WHERE seller_id = ? AND sku = ? "
                "UNION ALL SELECT v.unit_cost, v.cost_currency FROM variants v JOIN products p "
                "ON p.id = v.product_id WHERE p.seller_id = ? AND p.sku = ?",
                self.seller,
                spec[1],
                self.seller,
                spec[1],
            )
            return [f"{money(Decimal(str(c)), cur)} {cur}" for c, cur in rows if c is not None]
        if kind == "hs":
            (value,) = self.q(
                "SELECT a.value FROM attribute_values a JOIN products p ON p.id = a.product_id "
                "WHERE p.seller_id = ? AND p.sku = ? AND a.name = 'hs_code_declared' "
                "AND a.variant_id IS NULL",
                self.seller,
                spec[1],
            )[0]
            return [json.loads(value)]
        if kind == "stock":
            _, sku, store = spec
            on_hand, reserved, inbound = (
                self.q(
                    "SELECT s.on_hand, s.reserved, s.inbound FROM stock_levels s JOIN locations "
                    "l ON l.id = s.location_id WHERE s.seller_id = ? AND s.sku = ? AND l.code = ?",
                    self.seller,
                    sku,
                    self.fc(store),
                )
                or [(0, 0, 0)]
            )[0]
            if chinese:
                return [f"在库 {on_hand} 件", f"可售 {on_hand - reserved} 件", f"在途 {inbound} 件"]
            return [f"{on_hand} on hand", f"{on_hand - reserved} available", f"{inbound} inbound"]
        if kind == "price":
            _, sku, store = spec
            rows = self.q(
                "SELECT pr.amount, pr.currency FROM prices pr JOIN products p ON p.id = "
                "pr.product_id WHERE p.seller_id = ? AND p.sku = ? AND pr.store = ? AND "
                "pr.status = 'active' AND pr.price_type = 'regular'",
                self.seller,
                sku,
                store,
            )
            if not rows:
                # no active price: the semantic layer's price is the newest saved quote,
                # labelled as one (its definition); a listed price the demo does not hold
                # cannot be expected
                rows = self.q(
                    "SELECT q.price, q.currency FROM price_quotes q JOIN products p ON p.id = "
                    "q.product_id WHERE p.seller_id = ? AND p.sku = ? AND q.store = ? "
                    "ORDER BY q.created_at DESC, q.id DESC LIMIT 1",
                    self.seller,
                    sku,
                    store,
                )
                label = "没有生效售价" if chinese else "no active price"
                return [f"{money(Decimal(str(a)), c)} {c}" for a, c in rows] + [label] * bool(rows)
            return [f"{money(Decimal(str(a)), c)} {c}" for a, c in rows]
        if kind == "losing":
            out = []
            for (evidence,) in self.q(
                "SELECT f.evidence FROM assistant_findings f WHERE f.seller_id = ? AND "
                "f.run_id = (SELECT max(id) FROM assistant_runs WHERE seller_id = ?) AND "
                "f.detector = 'pricing.price' AND f.reason LIKE '%loses%'",
                self.seller,
                self.seller,
            ):
                e = json.loads(evidence)
                if spec[1] in (None, e["store"]):
                    out += [e["sku"], f"{e['margin'].lstrip('-')} {e['currency']}"]
            if not out:
                return ["没有亏钱的产品" if chinese else "No product loses money"]
            return out
        if kind == "exceptions":
            codes = sorted(
                {
                    c
                    for (c,) in self.q(
                        "SELECT s.code FROM shipment_exceptions e JOIN shipments s ON "
                        "s.id = e.shipment_id WHERE e.seller_id = ? AND e.status = 'open'",
                        self.seller,
                    )
                }
            )
            head = (
                f"{len(codes)} 个货件"
                if chinese
                else f"{len(codes)} shipment{'' if len(codes) == 1 else 's'}"
            )
            return [head, *codes]
        if kind == "eta":
            predicted, received = self.q(
                "SELECT predicted_arrival, received_at FROM shipments WHERE seller_id = ? AND "
                "code = ?",
                self.seller,
                spec[1],
            )[0]
            return [spec[1], str(received or predicted)[:10]]
        if kind == "listing":
            _, sku, store = spec
            (status,) = self.q(
                "SELECT status FROM listings WHERE seller_id = ? AND sku = ? AND marketplace = ?",
                self.seller,
                sku,
                store,
            )[0]
            return [f"{store} {LISTING_STATUS[status][1 if chinese else 0]}"]
        if kind == "count":
            (n,) = self.q("SELECT count(*) FROM products WHERE seller_id = ?", self.seller)[0]
            return [f"{n} 个产品" if chinese else f"{n} products"]
        if kind == "proposals":
            (n,) = self.q(
                "SELECT count(*) FROM change_requests WHERE seller_id = ? AND status = 'proposed'",
                self.seller,
            )[0]
            return [f"有 {n} 个" if chinese else plural(n, "proposal")]
        return []


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def has(answer: str, fact: str) -> bool:
    """`fact` in `answer`, not as part of a longer number ("6 orders" is not in "16 orders")."""
    pattern = r"(?<![0-9.])" + re.escape(fact) + r"(?![0-9])"
    return re.search(pattern, answer) is not None


def grade(
    spec: Spec,
    intent: str,
    answer: str,
    want: list[str],
    forbid: list[str] | None = None,
    strict: bool = False,
) -> str:
    answered = intent not in ANSWERED_NOT
    if spec[0] == "decline":
        return "wrong" if answered else "pass"
    if strict and spec[0] not in ("clarify", "refuse"):
        if not answered:
            return "honest"
        ok = bool(want) and all(has(answer, w) for w in want)
        return "pass" if ok and not any(has(answer, f) for f in forbid or []) else "wrong"
    if spec[0] in ("clarify", "refuse"):
        ok = intent in (("clarify", "unknown") if spec[0] == "clarify" else ANSWERED_NOT[1:])
        if spec[0] == "clarify" and intent == "clarify":
            ok = True
        return "pass" if ok else ("wrong" if answered else "honest")
    if not answered:
        return "honest"
    return "pass" if all(w in answer for w in want) else "wrong"


def planned_args(spec: Spec, truth: Truth) -> tuple[str, dict[str, Any]] | None:
    """The tool call a careful model would make for a question (the fake model's script)."""
    kind = spec[0]
    if kind in ("units", "orders", "revenue"):
        start, end = period(spec[3], truth.today)
        args: dict[str, Any] = {
            "measure": {"units": "units_sold"}.get(kind, kind),
            "start": start.isoformat(),
            "end": end.isoformat(),
        }
        if spec[1]:
            args["sku"] = spec[1]
        if spec[2]:
            args["store"] = spec[2]
        return "query", args
    if kind in ("top", "bottom"):
        start, end = period(spec[2], truth.today)
        args = {"measure": "units_sold", "rank": kind, "start": str(start), "end": str(end)}
        if spec[1]:
            args["store"] = spec[1]
        return "query", args
    if kind == "top_store":
        start, end = period(spec[1], truth.today)
        return "query", {
            "measure": "units_sold",
            "rank": "top",
            "by_store": True,
            "start": str(start),
            "end": str(end),
        }
    simple = {"cost": "unit_cost", "hs": "hs_code"}
    if kind in simple:
        return "query", {"measure": simple[kind], "sku": spec[1]}
    if kind in ("stock", "price", "listing"):
        measure = {"listing": "listing_status"}.get(kind, kind)
        return "query", {"measure": measure, "sku": spec[1], "store": spec[2]}
    if kind == "losing":
        return "query", {"measure": "margin", "rank": "losing_money"} | (
            {"store": spec[1]} if spec[1] else {}
        )
    if kind == "exceptions":
        return "query", {"measure": "shipments", "focus": "exceptions"}
    if kind == "eta":
        return "query", {"measure": "shipments", "shipment": spec[1], "focus": "eta"}
    if kind == "count":
        return "count_products", {}
    if kind == "proposals":
        return "open_proposals", {}
    if kind in ("aov", "asp", "upo", "daily"):
        measure = spec[1] if kind == "daily" else ("units" if kind == "upo" else "revenue")
        sku, store, key = spec[-3:]
        start, end = period(key, truth.today)
        args = {
            "measure": {"units": "units_sold"}.get(measure, measure),
            "per": {"aov": "order", "asp": "unit", "upo": "order"}.get(kind, "day"),
            "start": str(start),
            "end": str(end),
        }
        return "query", args | ({"sku": sku} if sku else {}) | ({"store": store} if store else {})
    return None


def llm_reply(
    session: Any, actor: Any, question: str, plan: tuple[str, dict[str, Any]], now: datetime
) -> Any:
    name, args = plan
    result = chat.run_tool(session, actor, name, json.dumps(args), now=now)
    said = result.get("summary") if name == "query" else chat.render(name, result, zh(question))
    if "error" in result:
        said = str(result["error"])
    fake = FakeLLM([tool_call(name, args), text(f"{said}")])
    with serve(fake) as url:
        client = OpenAICompatibleClient(LLMConfig(base_url=url, model="fake"))
        try:
            return chat.answer(session, actor=actor, question=question, now=now, client=client)
        finally:
            client.close()


def llm_want(spec: Spec, truth: Truth, question: str, tool: str) -> list[str]:
    # the fake model quotes the tool's summary: English for `query`, else the question's language
    return truth.expect(spec, zh(question) and tool != "query")


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/chat-demo.db")
    if not path.exists():
        subprocess.run([sys.executable, "-m", "globalsell", "demo", "--db", str(path)], check=True)
    runtime = build_runtime(Settings(database_url=sqlite_url(path)))
    verbose = "-v" in sys.argv
    with unit_of_work(runtime.session_factory) as session:
        seller = accounts.get_seller_by_slug(session, slug=builder.SELLER_SLUG)
        user = accounts.user_by_email(session, email=builder.OWNER_EMAIL)
        actor = accounts.actor_for(session, user_id=user.id, seller_id=seller.id)
        truth = Truth(path, seller.id, session, actor)
        tally: dict[tuple[str, str, str], int] = defaultdict(int)
        every = [("unseen" if i % 3 == 2 else "dev", q, s) for i, (q, s) in enumerate(CASES)]
        every += [("fresh", q, s) for q, s in FRESH]
        every += [(half(i), q, s) for i, (q, s) in enumerate(NEW50)]
        every += [("fresh2", q, s) for q, s in FRESH2]
        every += [(name, q, s) for name, block in BLOCKS for q, s in block]
        if "--new" in sys.argv:
            every = [e for e in every if e[0] in STRICT]
        for flag, splits in FLAGS.items():
            if flag in sys.argv:
                every = [e for e in every if e[0] in splits]
        if "--only" in sys.argv:  # one split ("--only freshF"), keeping the others unseen
            only = sys.argv[sys.argv.index("--only") + 1]
            every = [e for e in every if e[0] == only]
        if "--skip" in sys.argv:  # leave one split unseen ("--skip freshG")
            skip = sys.argv[sys.argv.index("--skip") + 1]
            every = [e for e in every if e[0] != skip]
        for split, question, spec in every:
            want = truth.expect(spec, zh(question))
            reply = chat.answer(session, actor=actor, question=question, now=truth.now)
            strict = split in STRICT
            forbid = truth.forbid(spec, zh(question))
            verdict = grade(spec, reply.intent, reply.text, want, forbid, strict)
            # the truth is "nothing" and the answer says so (never for a question to refuse)
            nothing = not want and spec[0] not in ("refuse", "clarify", "decline")
            if split in STRICT and nothing and verdict == "wrong" and NONE_RE.search(reply.text):
                verdict = "pass"
            tally[("offline", split, verdict)] += 1
            tally[("offline", split, "n")] += 1
            unseen = split in UNTOUCHED
            shown = split in ("dev", "tune", "freshA") or (unseen and "--show-held" in sys.argv)
            if verdict != "pass" and (shown or (verbose and not unseen)):
                first = reply.text.splitlines()[0]
                print(
                    f"[{split} {verdict}] {question} -> {reply.intent}: {first[:160]} | want {want}"
                )
            plan = planned_args(spec, truth)
            if plan is None or "--offline" in sys.argv:
                continue
            lreply = llm_reply(session, actor, question, plan, truth.now)
            lverdict = grade(
                spec,
                "llm" if lreply.via == "llm" else "clarify",
                lreply.text,
                llm_want(spec, truth, question, plan[0]),
            )
            tally[("llm", split, lverdict)] += 1
            tally[("llm", split, "n")] += 1
            if lverdict != "pass":
                print(f"[llm {split} {lverdict}] {question} -> {lreply.text.splitlines()[0][:160]}")
        session.rollback()
    asked = CASES + FRESH + NEW50 + FRESH2 + [qs for _, block in BLOCKS for qs in block]
    n_zh = sum(1 for q, _ in asked if zh(q))
    print(f"\nassistant chat: {len(asked)} questions ({n_zh} Chinese, {len(asked) - n_zh} English)")
    print(
        f"{'path':<10}{'split':<8}{'n':>5}{'pass':>7}{'honest':>8}{'wrong':>7}"
        f"{'pass %':>8}{'wrong %':>9}"
    )
    for path_name in ("offline", "llm"):
        for split in ("dev", "unseen", "fresh", "tune", "held", "fresh2", *STRICT[3:]):
            n = tally[(path_name, split, "n")]
            if not n:
                continue
            p, h, w = (tally[(path_name, split, k)] for k in ("pass", "honest", "wrong"))
            print(
                f"{path_name:<10}{split:<8}{n:>5}{p:>7}{h:>8}{w:>7}"
                f"{100 * p / n:>8.1f}{100 * w / n:>9.1f}"
            )


if __name__ == "__main__":
    main()
