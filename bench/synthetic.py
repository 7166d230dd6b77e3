"""SYNTHETIC corpus generator, for benchmarking only: the articles are made up.

Composes articles of about 3 KB in the eight supported languages from varied sentence
templates and the names in `ontology/lexicon/*.ttl` (each entity's prefLabel in the
article's language), and writes them as JSON Lines (`id`, `text`, `date`, `language`,
`title`). Seeded, so a size always gives the same corpus. Never use it as test or
evaluation data: its facts are random.

    python bench/synthetic.py 1000 --out /tmp/synthetic-1000.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

ROOT = Path(__file__).resolve().parents[1]
BK = "https://w3id.org/borderkg/ontology#"
TARGET_BYTES = 3000

# {a}, {b}: places; {o}: an organisation; {n}: a number; {d}: a day; {m}: a month name; {y}: a year.
TEMPLATES = {
    "en": ["On {m} {d}, {y}, delegations of {a} and {b} held talks in {a} on trade and border management.",
           "The two sides signed a memorandum of understanding on tourism cooperation between {a} and {b}.",
           "Trade between {a} and {b} reached {n} million USD in {y}, up on the year before.",
           "{o} received a delegation from {b} and discussed the building of a smart border gate.",
           "Both provinces organised {n} exchanges of young people and {n} joint patrols during the year.",
           "Leaders of {a} thanked {o} for its support and proposed to open a new sea route to {b}."],
    "fr": ["Le {d} {m} {y}, les délégations de {a} et de {b} ont tenu des pourparlers à {a} sur le commerce.",
           "Les deux parties ont signé un protocole d'accord sur le tourisme entre {a} et {b}.",
           "Les échanges commerciaux entre {a} et {b} ont atteint {n} millions de dollars en {y}.",
           "{o} a reçu une délégation de {b} pour discuter de la construction d'un poste frontière intelligent.",
           "Les deux provinces ont organisé {n} échanges de jeunes et {n} patrouilles conjointes."],
    "sv": ["Den {d} {m} {y} höll delegationer från {a} och {b} samtal i {a} om handel och gränsfrågor.",
           "De två sidorna undertecknade ett samförståndsavtal om turism mellan {a} och {b}.",
           "Handeln mellan {a} och {b} nådde {n} miljoner dollar under {y}.",
           "{o} tog emot en delegation från {b} och diskuterade en ny gränsövergång.",
           "Provinserna anordnade {n} ungdomsutbyten och {n} gemensamma patruller under året."],
    "ar": ["في {d} {m} {y}، أجرى وفدا {a} و{b} محادثات في {a} حول التجارة وإدارة الحدود.",
           "وقّع الجانبان مذكرة تفاهم بشأن التعاون السياحي بين {a} و{b}.",
           "بلغ حجم التجارة بين {a} و{b} {n} مليون دولار في عام {y}.",
           "استقبلت {o} وفدًا من {b} وناقشت بناء بوابة حدودية ذكية.",
           "نظمت المقاطعتان {n} تبادلًا شبابيًا و{n} دورية مشتركة خلال العام."],
    "vi": ["Ngày {d} tháng {mn} năm {y}, đoàn đại biểu {a} và {b} đã hội đàm tại {a} về thương mại và quản lý biên giới.",
           "Hai bên đã ký kết biên bản ghi nhớ về hợp tác du lịch giữa {a} và {b}.",
           "Kim ngạch thương mại giữa {a} và {b} đạt {n} triệu USD trong năm {y}.",
           "{o} đã tiếp đoàn công tác của {b} và thảo luận về xây dựng cửa khẩu thông minh.",
           "Hai tỉnh đã tổ chức {n} hoạt động giao lưu thanh niên và {n} cuộc tuần tra chung."],
    "zh": ["{y}年{mn}月{d}日，{a}和{b}代表团在{a}举行会谈，讨论贸易和边境管理。",
           "双方签署了{a}与{b}旅游合作谅解备忘录。",
           "{y}年{a}与{b}贸易额达到{n}百万美元。",
           "{o}接待了{b}代表团，讨论建设智慧口岸。",
           "两省全年组织了{n}次青年交流和{n}次联合巡逻。"],
    "es": ["El {d} de {m} de {y}, las delegaciones de {a} y {b} mantuvieron conversaciones en {a} sobre comercio.",
           "Las dos partes firmaron un memorando de entendimiento sobre turismo entre {a} y {b}.",
           "El comercio entre {a} y {b} alcanzó {n} millones de dólares en {y}.",
           "{o} recibió a una delegación de {b} para hablar de un paso fronterizo inteligente.",
           "Las dos provincias organizaron {n} intercambios juveniles y {n} patrullas conjuntas."],
    "de": ["Am {d}. {m} {y} führten Delegationen aus {a} und {b} in {a} Gespräche über Handel und Grenzfragen.",
           "Beide Seiten unterzeichneten eine Absichtserklärung über Tourismus zwischen {a} und {b}.",
           "Der Handel zwischen {a} und {b} erreichte {y} {n} Millionen US-Dollar.",
           "{o} empfing eine Delegation aus {b} und sprach über einen intelligenten Grenzübergang.",
           "Die beiden Provinzen organisierten {n} Jugendaustausche und {n} gemeinsame Patrouillen."],
}
# Background prose without names or figures: real articles carry about one fact-bearing
# sentence in three (the seeds give ~60 triples per KB of text).
FILLERS = {
    "en": ["Officials said the cooperation had brought practical benefits to people living on both sides.",
           "The talks took place in a friendly and open atmosphere, according to the organisers.",
           "Local residents have long traded farm produce and handicrafts at the weekly market.",
           "Observers noted that such contacts have become more frequent in recent years."],
    "fr": ["Les responsables ont souligné que la coopération apportait des avantages concrets aux habitants.",
           "Les échanges se sont déroulés dans une atmosphère amicale et ouverte, selon les organisateurs.",
           "Les habitants échangent depuis longtemps des produits agricoles et de l'artisanat au marché.",
           "Les observateurs notent que ces contacts sont devenus plus fréquents ces dernières années."],
    "sv": ["Tjänstemän sade att samarbetet har gett konkreta fördelar för invånarna på båda sidor.",
           "Samtalen fördes i en vänlig och öppen atmosfär, enligt arrangörerna.",
           "Lokalbefolkningen har länge handlat med jordbruksprodukter och hantverk på marknaden.",
           "Bedömare noterar att sådana kontakter har blivit vanligare under senare år."],
    "ar": ["قال المسؤولون إن التعاون جلب فوائد عملية للسكان على الجانبين.",
           "جرت المحادثات في أجواء ودية ومنفتحة بحسب المنظمين.",
           "يتبادل السكان المحليون منذ زمن طويل المنتجات الزراعية والحرف اليدوية في السوق الأسبوعية.",
           "لاحظ المراقبون أن هذه الاتصالات أصبحت أكثر تواترًا في السنوات الأخيرة."],
    "vi": ["Các cán bộ cho biết sự hợp tác đã mang lại lợi ích thiết thực cho người dân hai bên.",
           "Buổi làm việc diễn ra trong không khí thân thiện và cởi mở.",
           "Người dân địa phương từ lâu đã trao đổi nông sản và hàng thủ công tại phiên chợ.",
           "Các nhà quan sát nhận thấy những tiếp xúc như vậy ngày càng thường xuyên hơn."],
    "zh": ["有关负责人表示，合作给两岸民众带来了实实在在的好处。",
           "据主办方介绍，活动在友好开放的气氛中进行。",
           "当地居民长期以来在集市上交易农产品和手工艺品。",
           "观察人士指出，近年来此类交往日益频繁。"],
    "es": ["Los responsables afirmaron que la cooperación ha traído beneficios prácticos a los habitantes.",
           "Las conversaciones se desarrollaron en un ambiente amistoso y abierto, según los organizadores.",
           "Los vecinos intercambian desde hace tiempo productos agrícolas y artesanía en el mercado.",
           "Los observadores señalan que estos contactos son cada vez más frecuentes."],
    "de": ["Die Verantwortlichen sagten, die Zusammenarbeit bringe den Menschen auf beiden Seiten Vorteile.",
           "Die Gespräche verliefen nach Angaben der Veranstalter in freundlicher und offener Atmosphäre.",
           "Die Anwohner handeln seit langem mit Agrarprodukten und Handwerk auf dem Wochenmarkt.",
           "Beobachter stellen fest, dass solche Kontakte in den letzten Jahren häufiger geworden sind."],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}


def _names() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """prefLabels per language of the lexicon's places and organisations."""
    lexicon = Graph()
    for path in sorted((ROOT / "ontology" / "lexicon").glob("*.ttl")):
        lexicon.parse(path, format="turtle")
    places, orgs = defaultdict(list), defaultdict(list)
    for s, _, cls in lexicon.triples((None, RDF.type, None)):
        kind = str(cls)[len(BK):]
        target = places if kind in ("Province", "City", "District", "Country") else \
            orgs if kind in ("PeoplesCommittee", "PartyCommittee", "Department") else None
        if target is None:
            continue
        for label in lexicon.objects(s, SKOS.prefLabel):
            target[label.language].append(str(label))
    return ({k: sorted(set(v)) for k, v in places.items()}, {k: sorted(set(v)) for k, v in orgs.items()})


def article(i: int, rng: random.Random, places: dict[str, list[str]], orgs: dict[str, list[str]]) -> dict:
    lang = list(TEMPLATES)[i % len(TEMPLATES)]
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    sentences: list[str] = []
    while sum(len(s.encode()) for s in sentences) < TARGET_BYTES:
        a, b = rng.sample(places.get(lang) or places["en"], 2)
        values = {"a": a, "b": b, "o": rng.choice(orgs.get(lang) or orgs["en"]), "n": rng.randint(2, 950),
                  "d": rng.randint(1, 28), "mn": rng.randint(1, 12), "y": rng.randint(2015, 2025),
                  "m": MONTHS.get(lang, MONTHS["en"]).split()[rng.randint(0, 11)]}
        if rng.random() < 0.35:
            sentences.append(rng.choice(TEMPLATES[lang]).format(**values))
        else:
            sentences.append(rng.choice(FILLERS[lang]))
    joiner = "" if lang == "zh" else " "
    paragraphs = [joiner.join(sentences[k:k + 4]) for k in range(0, len(sentences), 4)]
    return {"id": f"synthetic-{i:06d}", "text": "\n\n".join(paragraphs), "language": lang,
            "date": f"{year}-{month:02d}-{day:02d}", "title": f"Synthetic article {i}"}


def write_corpus(n: int, out: Path, *, seed: int = 6) -> Path:
    """Write n synthetic articles to out (JSON Lines)."""
    rng = random.Random(seed)
    places, orgs = _names()
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(article(i, rng, places, orgs), ensure_ascii=False) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_corpus(args.n, args.out)


if __name__ == "__main__":
    main()
