"""The question inside a message that carries more than a question: an email forwarded with
its "Re: Fwd:" subject line, greeting, background and sign-off, or a group chat's lines ("大家
辛苦了[强]", "收到回一下[OK]"). The sentences that ask are kept, with a short condition said
right after them ("They only want it in pounds."); the rest is context the answer does not
need. A message of one line is left as it is. Pure."""

from __future__ import annotations

import re

# a mail subject ("Re: Fwd: month-end pack", "回复：转发：…"): the thread, not the question
_SUBJECT = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|subject|回复|转发|主题)\s*[:：]\s*)+", re.I)
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|morning|evening|afternoon|good\s+(?:morning|afternoon|evening)|"
    r"greetings|hiya|yo|all|team|folks|guys|您好|你好|大家好|各位好?|老板好|早上好|下午好)"
    r"(?:\s+[A-Za-z]+){0,2}\s*[,，!！:：.。]*\s*$",
    re.I,
)
_SIGN_OFF = re.compile(
    r"^\s*(?:thanks|thank you|thx|ty|cheers|regards|best|kind regards|best regards|warm regards|"
    r"many thanks|ta|sent from|br|rgds|谢谢|多谢|辛苦了|收到)(?![A-Za-z])",
    re.I,
)
# a group chat's sticker codes ("[强]", "[捂脸]", "[OK]")
_STICKER = re.compile(r"\[(?:[\u4e00-\u9fff]{1,4}|OK|ok|Ok)\]")
# a sentence ends at a stop followed by a space or the end ("amazon.co.uk" is one word)
_SENTENCE = re.compile(r"(?:[^.!?。！？]|[.!?](?=\S))+(?:[.!?。！？]+|$)")
# a question that points back ("Could you send it over?"): the sentence before says what
_POINTS_BACK = re.compile(r"(?i)(?<![a-z])(?:it|that|them|those|these|this)(?![a-z])")
_ASKS = re.compile(r"[?？]|多少|几[个件单天]|哪[个些里]|什么时候|how|what|which|when")
# a condition said after the question ("They only want it in pounds.", "Just the live ones.")
_CONDITION = re.compile(
    r"(?i)^\s*(?:(?:they|we|i)\s+(?:only|just)\b|only\b|just\b|in\s+(?:pounds|euros|dollars|yen|"
    r"usd|gbp|eur|jpy|cny|rmb)\b|按|只要|只看|不含|不算|用)"
)


# a chat line that only acknowledges or thanks ("大家辛苦了", "收到回一下", "ok thx 👍")
_CHATTER = re.compile(
    r"(?i)辛苦|收到|谢谢|多谢|好的|回一下|麻烦了|哈哈|👍|\bok\b|\bthx\b|\bthanks\b"
)


def message_body(text: str) -> str:
    """The asking part of a message of several lines; `text` itself when it is one line."""
    text = _STICKER.sub(" ", text)
    lines = [x for x in text.splitlines() if x.strip()]
    if len(lines) < 2:
        return text.strip() if lines else text
    mail = bool(_SUBJECT.match(lines[0]))
    if mail:
        lines = lines[1:]
    body: list[str] = []
    for line in lines:
        if _SIGN_OFF.match(line) and body:
            mail = True
            break  # the sign-off and the name under it
        if _GREETING.match(line):
            mail = True
        elif not (_CHATTER.search(line) and not _ASKS.search(line)):
            body.append(line.strip())
    if not mail:
        return "\n".join(body)
    sentences = [s.strip() for s in _SENTENCE.findall(" ".join(body)) if s.strip()]
    asked = [i for i, s in enumerate(sentences) if re.search(r"[?？]\s*$", s)]
    if not asked or len(sentences) < 2:
        return " ".join(sentences)
    kept = [
        " ".join(sentences[i - 1 : i + 1])
        if i > 0 and i - 1 not in asked and _POINTS_BACK.search(sentences[i])
        else sentences[i]
        for i in asked
    ]
    after = asked[-1] + 1
    if after < len(sentences) and _CONDITION.match(sentences[after]):
        kept.append(sentences[after])
    return " ".join(kept)
