"""Build the demo seller spreadsheets shipped in ``src/globalsell/demo/data/``.

The data belongs to a FICTIONAL Ningbo home & kitchen seller:

* brand ``NINGVALE`` (sub-brand ``PAWVALE`` on two pet rows),
* company 宁波甬澜家居用品有限公司.

Neither the brand nor the company is real. Barcodes use the GS1 prefix 952, which GS1 reserves
for demonstrations and examples, plus two in-store restricted-circulation numbers (prefix 020)
that exercise leading-zero handling; none of them identifies a real product.

Outputs (all deterministic, byte-stable across runs):

* ``ningbo_catalogue.xlsx``: the clean master catalogue (standalone, parent and child rows);
* ``ningbo_catalogue_messy.xlsx``: ~15 rows a strict importer must reject, one problem per bad row;
* ``README.md``: what the files are, the column dictionary, and the list of deliberate errors.

Run with ``.venv/bin/python scripts/build_demo_spreadsheets.py``. No network access.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from globalsell.catalog.domain import EXPORT_COLUMNS, HEADERS_ZH

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "src" / "globalsell" / "demo" / "data"
CLEAN_FILE = "ningbo_catalogue.xlsx"
MESSY_FILE = "ningbo_catalogue_messy.xlsx"
README_FILE = "README.md"

SHEET_NAME = "产品信息"
BRAND = "NINGVALE"
SUB_BRAND = "PAWVALE"
COMPANY = "宁波甬澜家居用品有限公司"
# naive UTC, as openpyxl expects for document properties
FIXED_TIME = dt.datetime(2024, 5, 20, 9, 30, 0, tzinfo=dt.UTC).replace(tzinfo=None)
FIXED_ZIP_TIME = (2024, 5, 20, 9, 30, 0)
VARIATION_THEMES = ("颜色", "尺寸", "颜色-尺寸")

# The importer's own header layout (catalog/domain.py) plus the seller's private remark column.
HEADERS: tuple[str, ...] = (*(HEADERS_ZH[column] for column in EXPORT_COLUMNS), "备注")
TEXT_COLUMNS = frozenset({"父SKU", "SKU", "条码", "海关编码"})
COLUMN_WIDTHS: dict[str, float] = {
    "父SKU": 16,
    "SKU": 18,
    "产品名称": 30,
    "英文标题": 48,
    "品牌": 12,
    "类目": 28,
    "变体主题": 11,
    "颜色": 9,
    "尺寸": 9,
    "材质": 14,
    "产品尺寸": 20,
    "重量": 10,
    "采购价": 9,
    "币种": 8,
    "条码": 16,
    "产地": 7,
    "海关编码": 13,
    "产品描述": 60,
    "卖点1": 30,
    "卖点2": 30,
    "卖点3": 30,
    "卖点4": 30,
    "卖点5": 30,
    "关键词": 36,
    "备注": 24,
}

Cell = str | float | int | None


# --------------------------------------------------------------------------------------------
# Barcodes
# --------------------------------------------------------------------------------------------


def ean13_check_digit(body: str) -> int:
    """Return the EAN-13 check digit of a 12-digit body."""
    if len(body) != 12 or not body.isdigit():
        raise ValueError(f"EAN-13 body must be 12 digits: {body!r}")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return (10 - total % 10) % 10


def ean13(body: str) -> str:
    """Return the full EAN-13 (body plus correct check digit)."""
    return body + str(ean13_check_digit(body))


def ean13_wrong_check(body: str) -> str:
    """Return the body with a deliberately WRONG check digit (messy file only)."""
    return body + str((ean13_check_digit(body) + 1) % 10)


def gtin(item: int) -> str:
    """Demo EAN-13 under GS1 prefix 952 (reserved for demonstrations)."""
    return ean13(f"9524871{item:05d}")


def rcn(item: int) -> str:
    """In-store restricted-circulation EAN-13 (prefix 020): starts with a zero."""
    return ean13(f"0204871{item:05d}")


# --------------------------------------------------------------------------------------------
# Row model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One spreadsheet row. Field order follows HEADERS."""

    sku: str
    name: str
    parent: str = ""
    en: str = ""
    brand: str = BRAND
    cat: str = ""
    theme: str = ""
    color: str = ""
    size: str = ""
    material: str = ""
    dims: str = ""
    weight: str = ""
    cost: float | str | None = None  # a str only appears in the messy file
    cur: str = "CNY"
    ean: str = ""
    origin: str = "中国"
    hs: str = ""
    desc: str = ""
    points: tuple[str, ...] = ()
    keywords: str = ""
    note: str = ""

    def cells(self) -> list[Cell]:
        if len(self.points) > 5:
            raise ValueError(f"{self.sku}: at most 5 selling points")
        points: list[Cell] = [*self.points, *([""] * (5 - len(self.points)))]
        values: list[Cell] = [
            self.parent,
            self.sku,
            self.name,
            self.en,
            self.brand,
            self.cat,
            self.theme,
            self.color,
            self.size,
            self.material,
            self.dims,
            self.weight,
            self.cost,
            self.cur if self.cost is not None else "",
            self.ean,
            self.origin,
            self.hs,
            self.desc,
            *points,
            self.keywords,
            self.note,
        ]
        return [None if v == "" else v for v in values]


def child(
    parent: Item,
    suffix: str,
    *,
    color: str = "",
    size: str = "",
    dims: str = "",
    weight: str = "",
    cost: float,
    cur: str = "CNY",
    ean: str = "",
    en: str = "",
    origin: str = "",
    note: str = "",
) -> Item:
    """A child variant row: shared fields copied from the parent, variant fields given here.

    Children leave 产品描述 / 卖点 / 关键词 empty: they inherit them from the parent row.
    """
    label = " ".join(v for v in (color, size) if v)
    return Item(
        parent=parent.sku,
        sku=f"{parent.sku}-{suffix}",
        name=f"{parent.name} {label}",
        en=en,
        brand=parent.brand,
        cat=parent.cat,
        color=color,
        size=size,
        material=parent.material,
        dims=dims,
        weight=weight,
        cost=cost,
        cur=cur,
        ean=ean,
        origin=origin or parent.origin,
        hs=parent.hs,
        note=note,
    )


# --------------------------------------------------------------------------------------------
# Clean master catalogue
# --------------------------------------------------------------------------------------------
# Parent rows carry the shared listing content (description, selling points, keywords) and the
# 变体主题; they have no price, barcode, weight or dimensions because they are not buyable.

SPATULA = Item(
    sku="NB-KT-001",
    name="硅胶锅铲套装5件套",
    en="NINGVALE Silicone Spatula Set, 5 Pieces, Heat Resistant Non-Stick Kitchen Utensils",
    cat="厨房用品>厨具>锅铲",
    theme="颜色",
    material="硅胶",
    hs="392410",
    desc=(
        "食品级硅胶一体成型锅铲5件套，耐温-40℃至230℃，不伤不粘锅涂层。"
        "内含不锈钢钢芯，长度21-28cm，可放入洗碗机清洗。"
    ),
    points=(
        "食品级硅胶，无BPA，安全无异味",
        "耐高温230℃，炒菜烘焙都适用",
        "一体成型无缝隙，不藏污垢易清洗",
        "不锈钢内芯，硬度适中不易变形",
        "5件套含大小锅铲、刮刀和汤勺，满足日常烹饪",
    ),
    keywords="硅胶锅铲，不粘锅铲子，耐高温，厨房用具套装，刮刀",
)
BOTTLE = Item(
    sku="NB-KT-002",
    name="304不锈钢真空保温杯",
    en="NINGVALE Stainless Steel Vacuum Insulated Water Bottle, Leak-Proof",
    cat="厨房用品>水杯水壶>保温杯",
    theme="尺寸",
    material="304不锈钢",
    hs="961700",
    desc=(
        "双层304不锈钢真空保温杯，保温12小时、保冷24小时。防漏硅胶密封圈，杯身粉末喷涂防滑耐磨。"
    ),
    points=(
        "双层真空隔热，保温12小时保冷24小时",
        "304食品级不锈钢内胆，不含BPA",
        "防漏杯盖，放包里不怕洒",
        "杯身外壁不冒汗，手感防滑",
    ),
    keywords="保温杯;不锈钢水杯;真空保温瓶;运动水壶;车载水杯",
)
DESK_LAMP = Item(
    sku="NB-LT-001",
    name="LED护眼台灯 三档调光",
    en="NINGVALE LED Desk Lamp, Eye-Caring, 3 Colour Modes, Touch Control, USB Charging Port",
    cat="灯具照明>台灯",
    theme="颜色",
    material="ABS塑料+铝合金",
    hs="940521",
    desc=(
        "LED护眼台灯，功率8W，3种色温（3000K/4500K/6000K）和5档亮度可调。"
        "触摸开关，底座带USB充电口，可折叠灯臂。"
    ),
    points=(
        "无频闪无蓝光危害，长时间阅读不累眼",
        "3种色温5档亮度，触摸调节",
        "底座USB接口，可同时给手机充电",
        "灯臂可折叠旋转，节省桌面空间",
    ),
    keywords="台灯 护眼台灯 LED台灯 学习台灯 阅读灯",
)
USB_C_CABLE = Item(
    sku="NB-PH-001",
    name="USB-C快充数据线 编织线",
    en="NINGVALE USB-C to USB-C Cable, 60W Fast Charging, Braided Nylon",
    cat="手机配件>数据线",
    theme="尺寸",
    material="尼龙编织+铝合金",
    hs="854442",
    desc=(
        "USB-C转USB-C编织数据线，支持60W PD快充和480Mbps数据传输。"
        "尼龙编织线身，通过10000次弯折测试。"
    ),
    points=(
        "60W PD快充，兼容手机、平板和笔记本",
        "尼龙编织线身，耐拉耐弯折",
        "铝合金接头，散热好更耐用",
    ),
    keywords="数据线，type-c数据线，快充线，充电线，编织线",
)
TOWEL = Item(
    sku="NB-TX-001",
    name="纯棉毛巾 加厚吸水",
    cat="家纺>毛巾浴巾>毛巾",
    theme="尺寸",
    material="纯棉",
    hs="630260",
    desc="100%新疆长绒棉毛巾，克重500g/㎡，加厚柔软，吸水性强不掉毛。",
    points=(
        "新疆长绒棉，柔软亲肤",
        "加厚500克重，吸水快干",
        "不掉毛不褪色，可机洗",
    ),
    keywords="毛巾 纯棉毛巾 浴巾 洗脸巾 吸水毛巾",
)
PET_BED = Item(
    sku="NB-PT-001",
    name="宠物窝 圆形甜甜圈猫窝狗窝",
    cat="宠物用品>宠物窝垫",
    theme="尺寸",
    material="长毛绒+PP棉",
    hs="940490",
    desc=(
        "圆形甜甜圈宠物窝，长毛绒面料，高回弹PP棉填充。"
        "底部防滑颗粒，可整窝机洗，四个尺寸适合猫咪和中小型犬。"
    ),
    points=(
        "长毛绒面料，柔软保暖",
        "高边设计，给宠物安全感",
        "底部防滑，整窝可机洗",
    ),
    keywords="猫窝，狗窝，宠物窝，甜甜圈窝，宠物垫",
)
YOGA_MAT = Item(
    sku="NB-SP-001",
    name="TPE瑜伽垫 6mm加厚防滑",
    en="NINGVALE TPE Yoga Mat, 6mm Thick, Non-Slip, with Carrying Strap",
    cat="运动户外>瑜伽>瑜伽垫",
    theme="颜色",
    material="TPE",
    hs="9506910000",
    desc=("环保TPE双面防滑瑜伽垫，尺寸183x61cm，厚度6mm。双层双色设计，回弹性好，附赠收纳绑带。"),
    points=(
        "环保TPE材质，无异味",
        "双面防滑纹理，运动不打滑",
        "6mm厚度，保护膝盖和手腕",
        "轻便易收纳，附赠绑带",
        "防水防汗，湿布一擦即净",
    ),
    keywords="瑜伽垫;健身垫;防滑瑜伽垫;TPE瑜伽垫;运动垫",
)
TSHIRT = Item(
    sku="NB-CL-001",
    name="男士纯棉短袖T恤 圆领基础款",
    cat="服装>男装>T恤",
    theme="颜色-尺寸",
    material="纯棉",
    hs="610910",
    desc="200克精梳纯棉圆领短袖T恤，版型宽松，领口罗纹加固不易变形。",
    points=(
        "200克精梳棉，厚实不透",
        "罗纹领口，多次洗涤不变形",
        "基础百搭款，四季可穿",
    ),
    keywords="T恤 短袖 纯棉T恤 男装 圆领T恤",
)

CATALOGUE: list[Item] = [
    # ---- kitchen -------------------------------------------------------------------------
    SPATULA,
    child(
        SPATULA,
        "GRY",
        color="灰色",
        dims="32x9x4cm",
        weight="420g",
        cost=18.5,
        ean=gtin(1),
        en="NINGVALE Silicone Spatula Set, 5 Pieces, Grey",
    ),
    child(
        SPATULA,
        "RED",
        color="红色",
        dims="32x9x4cm",
        weight="420g",
        cost=18.5,
        ean=gtin(2),
        en="NINGVALE Silicone Spatula Set, 5 Pieces, Red",
    ),
    child(
        SPATULA,
        "GRN",
        color="墨绿色",
        dims="32x9x4cm",
        weight="420g",
        cost=19.0,
        ean=gtin(3),
        en="NINGVALE Silicone Spatula Set, 5 Pieces, Dark Green",
        note="墨绿色为2024新色",
    ),
    BOTTLE,
    child(
        BOTTLE,
        "500",
        size="500ml",
        dims="7.2*7.2*24 厘米",
        weight="350克",
        cost=22,
        ean=gtin(4),
        en="NINGVALE Vacuum Insulated Water Bottle, 500 ml",
    ),
    child(
        BOTTLE,
        "750",
        size="750ml",
        dims="8*8*27 厘米",
        weight="420克",
        cost=26.5,
        ean=gtin(5),
        en="NINGVALE Vacuum Insulated Water Bottle, 750 ml",
    ),
    child(
        BOTTLE,
        "1000",
        size="1000ml",
        dims="8.8*8.8*30 厘米",
        weight="0.5公斤",
        cost=31,
        ean=gtin(6),
        en="NINGVALE Vacuum Insulated Water Bottle, 1000 ml",
    ),
    Item(
        sku="NB-KT-003",
        name="高硼硅玻璃保鲜盒5件套",
        en="NINGVALE Borosilicate Glass Food Storage Containers with Lids, Set of 5",
        cat="厨房用品>保鲜收纳>保鲜盒",
        material="高硼硅玻璃",
        dims="300×200×100mm",
        weight="2.6kg",
        cost=38,
        ean=gtin(7),
        hs="701349",
        desc=(
            "高硼硅玻璃保鲜盒5件套，容量370ml/640ml/1040ml各若干，耐温-20℃至400℃。"
            "可进微波炉、烤箱和冰箱，四面卡扣密封盖防漏。"
        ),
        points=(
            "高硼硅玻璃，耐冷热冲击",
            "四面卡扣硅胶密封圈，汤汁不外漏",
            "可微波、可烤箱（不含盖）、可冷冻",
            "透明盒身，食物一目了然",
        ),
        keywords="保鲜盒，玻璃饭盒，微波炉饭盒，密封盒，便当盒",
    ),
    Item(
        sku="NB-KT-004",
        name="天然竹砧板三件套",
        en="NINGVALE Bamboo Cutting Boards, Set of 3, with Juice Groove",
        cat="厨房用品>刀具砧板>砧板",
        material="竹子",
        dims="38x28x1.8cm",
        weight="1.9kg",
        cost=24.8,
        cur="人民币",
        ean=gtin(8),
        hs="441911",
        desc="天然楠竹碳化砧板三件套，大中小三个尺寸，带凹槽防汁水外溢。",
        points=(
            "天然楠竹，碳化处理防霉",
            "边缘凹槽，切肉汁水不流",
            "大中小三件套，生熟分开",
        ),
        keywords="砧板 菜板 竹砧板 切菜板 案板",
    ),
    Item(
        sku="NB-KT-005",
        name="不锈钢手动打蛋器",
        cat="厨房用品>烘焙工具",
        material="304不锈钢",
        dims="30x6x6cm",
        weight="95g",
        cost=6.5,
        ean=gtin(9),
        hs="732393",
        desc="304不锈钢打蛋器，11根加粗钢丝，长度30cm，打发蛋白奶油省力。",
        points=("11根加粗钢丝，打发更快", "一体防水手柄，不藏水垢"),
        keywords="打蛋器，手动打蛋器，烘焙工具",
    ),
    Item(
        sku="NB-KT-006",
        name="硅胶烘焙垫 不粘揉面垫",
        cat="厨房用品>烘焙工具",
        material="硅胶+玻璃纤维",
        dims="60x40x0.1cm",
        weight="220g",
        cost=8.2,
        cur="RMB",
        ean=gtin(10),
        hs="3924100000",
        desc="食品级硅胶烘焙垫，尺寸60x40cm，带刻度，耐温-40℃至230℃，可直接放入烤箱。",
        points=("带刻度，揉面擀皮更方便", "不粘易清洗，可重复使用", "耐高温，可进烤箱"),
        keywords="烘焙垫;揉面垫;硅胶垫;不粘垫",
    ),
    Item(
        sku="NB-KT-007",
        name="多功能厨房剪刀",
        cat="厨房用品>厨房小工具",
        material="不锈钢",
        dims="22x9x1.5cm",
        weight="0.15kg",
        cost=9.9,
        hs="821300",
        desc="不锈钢厨房剪刀，刀刃带锯齿，可剪鸡骨、开瓶、剥坚果，可拆卸清洗。",
        points=("锯齿刀刃，剪骨头不打滑", "可拆卸设计，清洗更卫生", "一剪多用，开瓶夹核桃"),
        keywords="厨房剪刀 剪刀 鸡骨剪 多功能剪刀",
    ),
    Item(
        sku="NB-KT-008",
        name="手摇咖啡磨豆机 陶瓷磨芯",
        cat="厨房用品>咖啡用具",
        material="不锈钢+陶瓷",
        dims="18x6x6cm",
        weight="12oz",
        cost=45,
        ean=gtin(11),
        hs="821000",
        desc="手摇咖啡磨豆机，陶瓷锥形磨芯，粗细可调，粉仓容量30g，适合手冲和法压。",
        points=(
            "陶瓷磨芯，研磨不发热保留风味",
            "粗细可调，满足多种冲煮方式",
            "便携小巧，出差露营可带",
        ),
        keywords="磨豆机，咖啡磨豆机，手摇磨豆机，咖啡研磨器",
        note="供应商：慈溪市某五金厂",
    ),
    # ---- small appliances ------------------------------------------------------------------
    Item(
        sku="NB-AP-001",
        name="1.7L不锈钢电热水壶",
        en="NINGVALE Electric Kettle 1.7 L, 1800 W, Stainless Steel, Auto Shut-Off",
        cat="家用电器>厨房小电>电热水壶",
        material="304不锈钢",
        dims="23x16x25cm",
        weight="1.2kg",
        cost=58,
        ean=gtin(12),
        hs="8516710000",
        desc=(
            "1.7L大容量电热水壶，功率1800W，约5分钟烧开一壶水。"
            "304不锈钢内胆，沸腾自动断电，干烧保护。"
        ),
        points=(
            "1800W大功率，快速烧水",
            "304不锈钢内胆，无塑料接触",
            "沸腾自动断电加防干烧双重保护",
            "360°旋转底座，取放方便",
        ),
        keywords="电热水壶 烧水壶 电水壶 不锈钢水壶 快速烧水",
        note="欧规插头，已过CE",
    ),
    Item(
        sku="NB-AP-002",
        name="手持料理棒 多功能搅拌机",
        en="NINGVALE Hand Blender 800 W, 2-Speed Immersion Blender with Whisk",
        cat="家用电器>厨房小电>料理棒",
        material="不锈钢+ABS塑料",
        dims="12 x 8 x 16 in",
        weight="2.2 lb",
        cost=72,
        ean=gtin(13),
        hs="850940",
        desc="手持料理棒，功率800W，2档调速，配打蛋头和600ml量杯，可做辅食、奶昔和浓汤。",
        points=(
            "800W强劲电机，快速打碎",
            "2档调速加Turbo档",
            "刀头可拆卸，清洗方便",
            "配打蛋头和量杯，一机多用",
        ),
        keywords="料理棒，手持搅拌机，辅食机，搅拌棒",
    ),
    Item(
        sku="NB-AP-003",
        name="USB充电迷你手持风扇",
        en="NINGVALE Mini Handheld Fan, USB Rechargeable, 3 Speeds",
        cat="家用电器>生活电器>风扇",
        material="ABS塑料",
        dims="25.5X18X6CM",
        weight="180g",
        cost=15.5,
        ean=gtin(14),
        hs="841451",
        desc="USB充电手持小风扇，内置2000mAh锂电池，3档风速，最长续航8小时。",
        points=(
            "内置2000mAh锂电池，续航长",
            "3档风速，静音设计",
            "可手持可桌面放置",
        ),
        keywords="小风扇 手持风扇 USB风扇 迷你风扇 便携风扇",
        note="含锂电池，需提供UN38.3报告",
    ),
    Item(
        sku="NB-AP-004",
        name="电动奶泡器 手持打奶泡",
        cat="家用电器>厨房小电>奶泡器",
        material="不锈钢+ABS塑料",
        dims="23x4x4cm",
        weight="90g",
        cost=9.8,
        ean=gtin(15),
        hs="850940",
        desc="手持电动奶泡器，使用2节5号电池，转速15000转/分钟，15秒打出绵密奶泡。",
        points=("15秒快速打奶泡", "不锈钢搅拌头，易清洗"),
        keywords="奶泡器，打奶器，电动打蛋器，咖啡奶泡",
    ),
    Item(
        sku="NB-AP-005",
        name="电子厨房秤 精准称重",
        cat="家用电器>厨房小电>厨房秤",
        material="钢化玻璃+ABS塑料",
        dims="20x15x2cm",
        weight="0.6kg",
        cost=19.9,
        cur="",
        ean=gtin(16),
        hs="842381",
        desc="电子厨房秤，最大称重5kg，精度1g，支持g/oz/ml/lb单位切换，带去皮功能。",
        points=(
            "1克精度，最大称重5公斤",
            "一键去皮，多单位切换",
            "钢化玻璃秤面，易擦洗",
        ),
        keywords="厨房秤 电子秤 烘焙秤 食物秤",
    ),
    # ---- home & storage ------------------------------------------------------------------
    Item(
        sku="NB-HS-001",
        name="可折叠布艺收纳箱3个装",
        cat="家居日用>收纳整理>收纳箱",
        material="无纺布+纸板",
        dims="33x33x33cm",
        weight="1.1kg",
        cost=12.6,
        hs="630790",
        desc="可折叠布艺收纳箱3个装，单个尺寸33x33x33cm，两侧提手，不用时可压平收纳。",
        points=("可折叠，不用时不占地方", "两侧提手，搬运方便", "适配常见格子柜"),
        keywords="收纳箱，布艺收纳箱，折叠收纳盒，衣物收纳",
    ),
    Item(
        sku="NB-HS-002",
        name="透明抽屉式收纳盒",
        en="NINGVALE Stackable Clear Drawer Organiser",
        cat="家居日用>收纳整理>收纳盒",
        material="PP塑料",
        dims="35*25*18 厘米",
        weight="1.5斤",
        cost=16.8,
        cur="人民币",
        ean=gtin(17),
        hs="392490",
        desc="透明PP抽屉式收纳盒，可叠加组合，抽屉带滑轨，适合衣柜和桌下收纳。",
        points=("透明盒身，物品一目了然", "可自由叠加，节省空间", "加厚PP材质，不易变形"),
        keywords="收纳盒 抽屉收纳 透明收纳箱 衣柜收纳",
    ),
    Item(
        sku="NB-HS-003",
        name="免打孔粘钩10个装",
        cat="家居日用>挂钩粘钩",
        material="ABS塑料",
        dims="6x4x2cm",
        weight="80g",
        cost=4.5,
        hs="392490",
        desc="免打孔透明粘钩10个装，单个承重5kg，防水防潮，可用于厨房、浴室和门后。",
        points=("免打孔，不伤墙面", "单钩承重5公斤", "防水防潮，浴室也能用"),
        keywords="粘钩，挂钩，免打孔挂钩，强力粘钩",
    ),
    Item(
        sku="NB-HS-004",
        name="衣物真空压缩袋8件套",
        cat="家居日用>收纳整理>真空压缩袋",
        material="PA+PE",
        dims="40x30x5cm",
        weight="950g",
        cost=21,
        ean=gtin(18),
        hs="392329",
        desc="真空压缩袋8件套（大号4个、中号4个），附手泵，可节省约75%收纳空间。",
        points=("节省75%收纳空间", "双拉链密封，防潮防霉", "附赠手泵，无需吸尘器"),
        keywords="真空压缩袋;收纳袋;被子收纳;衣物压缩袋",
    ),
    # ---- lighting ------------------------------------------------------------------------
    DESK_LAMP,
    child(
        DESK_LAMP,
        "WHT",
        color="白色",
        dims="40x18x10cm",
        weight="850g",
        cost=48,
        ean=gtin(19),
        en="NINGVALE LED Desk Lamp, Eye-Caring, White",
    ),
    child(
        DESK_LAMP,
        "BLK",
        color="黑色",
        dims="40x18x10cm",
        weight="850g",
        cost=48,
        ean=gtin(20),
        en="NINGVALE LED Desk Lamp, Eye-Caring, Black",
    ),
    Item(
        sku="NB-LT-002",
        name="LED人体感应小夜灯2个装",
        cat="灯具照明>小夜灯",
        material="ABS塑料",
        dims="8x8x3cm",
        weight="120g",
        cost=1.6,
        cur="USD",
        ean=gtin(21),
        hs="940542",
        desc="人体感应LED小夜灯2个装，感应距离3米，内置磁吸，Type-C充电，亮灯30秒后自动熄灭。",
        points=("人体感应，人来灯亮人走灯灭", "磁吸安装，免打孔", "Type-C充电，一次充满用一个月"),
        keywords="小夜灯 感应灯 LED灯 床头灯 橱柜灯",
    ),
    # ---- bathroom ------------------------------------------------------------------------
    Item(
        sku="NB-BT-001",
        name="PVC浴室防滑垫",
        cat="卫浴用品>浴室地垫",
        material="PVC",
        dims="70x40x0.5cm",
        weight="700g",
        cost=13.2,
        ean=gtin(22),
        hs="391810",
        desc="PVC浴室防滑垫，尺寸70x40cm，底部吸盘牢固吸附，表面按摩颗粒，中间漏水孔。",
        points=("底部吸盘，牢牢吸地", "漏水孔设计，不积水", "可机洗，防霉"),
        keywords="防滑垫，浴室地垫，淋浴防滑垫，卫生间脚垫",
    ),
    Item(
        sku="NB-BT-002",
        name="304不锈钢免打孔淋浴置物架",
        cat="卫浴用品>浴室置物架",
        material="304不锈钢",
        dims="30x12x8cm",
        weight="0.5公斤",
        cost=27.5,
        cur="RMB",
        ean=gtin(23),
        hs="732490",
        desc="304不锈钢转角置物架，免打孔安装，承重10kg，底部镂空沥水。",
        points=("304不锈钢，不生锈", "免打孔安装，承重10公斤", "镂空沥水，干爽卫生", "转角设计"),
        keywords="置物架 浴室置物架 免打孔 卫生间收纳",
    ),
    Item(
        sku="NB-BT-003",
        name="竹柄软毛牙刷4支装",
        cat="个人护理>口腔护理>牙刷",
        material="竹子",
        dims="19x2x1.5cm",
        weight="60g",
        cost=4.8,
        ean=gtin(24),
        hs="960321",
        desc="天然竹柄牙刷4支装，软毛刷头，刷柄可降解，独立纸盒包装。",
        points=("天然竹柄，环保可降解", "软毛刷头，呵护牙龈"),
        keywords="牙刷 竹牙刷 软毛牙刷 环保牙刷",
    ),
    Item(
        sku="NB-BT-004",
        name="自动感应泡沫洗手机",
        cat="卫浴用品>洗手液机",
        material="ABS塑料",
        dims="20x10x8cm",
        weight="350克",
        cost=32,
        desc="红外感应泡沫洗手机，容量300ml，0.25秒出泡，USB充电，IPX4防水。",
        points=(
            "0.25秒感应出泡，无接触更卫生",
            "300ml容量，透明窗口看余量",
            "USB充电，续航约3个月",
        ),
        keywords="洗手机，自动洗手机，泡沫洗手液机，感应皂液器",
        note="海关编码待确认",
    ),
    # ---- pet supplies --------------------------------------------------------------------
    PET_BED,
    child(PET_BED, "S", size="S", dims="50x50x15cm", weight="600g", cost=35, ean=gtin(25)),
    child(PET_BED, "M", size="M", dims="60x60x18cm", weight="850g", cost=42, ean=gtin(26)),
    child(PET_BED, "L", size="L", dims="70x70x20cm", weight="1.1kg", cost=55, ean=gtin(27)),
    child(PET_BED, "XL", size="XL", dims="80x80x22cm", weight="1.4kg", cost=68, ean=gtin(28)),
    Item(
        sku="NB-PT-002",
        name="宠物慢食碗 防噎食",
        en="PAWVALE Slow Feeder Dog Bowl, Anti-Gulping, Non-Slip",
        brand=SUB_BRAND,
        cat="宠物用品>宠物食具",
        material="PP塑料",
        dims="20x20x5cm",
        weight="200g",
        cost=9.6,
        ean=gtin(29),
        hs="392490",
        desc="宠物慢食碗，迷宫式凸起设计，进食速度减慢约5倍，底部防滑硅胶圈。",
        points=("迷宫设计，减慢进食速度", "底部防滑，不易打翻", "食品级PP材质"),
        keywords="慢食碗 狗碗 宠物碗 防噎碗",
    ),
    Item(
        sku="NB-PT-003",
        name="逗猫棒羽毛套装",
        brand=SUB_BRAND,
        cat="宠物用品>宠物玩具",
        material="羽毛+钢丝",
        dims="90x5x3cm",
        weight="50g",
        cost=3.9,
        hs="392690",
        desc="逗猫棒套装，含1根伸缩杆和5个替换羽毛头，伸缩杆长度最长90cm。",
        points=("伸缩杆，最长90厘米", "附5个替换头"),
        keywords="逗猫棒，猫玩具，羽毛逗猫棒",
    ),
    Item(
        sku="NB-PT-004",
        name="宠物除毛梳 一键去浮毛",
        cat="宠物用品>美容清洁",
        material="不锈钢+ABS塑料",
        dims="17x8x4cm",
        weight="120g",
        cost=12,
        ean=gtin(30),
        origin="CN",
        hs="960390",
        desc="宠物除毛梳，不锈钢针梳，一键退毛按钮，适合猫狗日常梳毛去浮毛。",
        points=("一键退毛，清理方便", "圆头钢针，不伤皮肤", "猫狗通用"),
        keywords="宠物梳子 除毛梳 猫梳子 狗梳子 去浮毛",
    ),
    # ---- stationery ----------------------------------------------------------------------
    Item(
        sku="NB-ST-001",
        name="A5活页笔记本 PU皮面",
        en="NINGVALE A5 Refillable Binder Notebook, PU Leather Cover, 6 Rings",
        cat="文具办公>本册>笔记本",
        material="PU皮+纸张",
        dims="22x17x2.5cm",
        weight="380g",
        cost=8.8,
        ean=rcn(1),
        hs="482010",
        desc="A5六孔活页笔记本，PU皮面，内含100张80克道林纸，横线和方格各半。",
        points=("活页设计，可自由增减内页", "80克道林纸，书写不洇墨", "PU皮面，耐脏耐磨"),
        keywords="笔记本 活页本 A5笔记本 记事本",
        note="条码为店内码（020开头）",
    ),
    Item(
        sku="NB-ST-002",
        name="速干中性笔12支装 0.5mm",
        cat="文具办公>书写工具>中性笔",
        material="PP塑料",
        dims="15x7x1.5cm",
        weight="130g",
        cost=5.5,
        ean=rcn(2),
        hs="960810",
        desc="0.5mm速干中性笔12支装，黑色墨水，ST笔头，书写顺滑不断墨。",
        points=("速干墨水，不蹭手", "0.5mm笔头，书写流畅"),
        keywords="中性笔，签字笔，黑笔，学生文具",
    ),
    # ---- phone accessories ---------------------------------------------------------------
    USB_C_CABLE,
    child(
        USB_C_CABLE,
        "1M",
        size="1米",
        dims="12x10x2cm",
        weight="45g",
        cost=4.2,
        ean=gtin(31),
        en="NINGVALE USB-C to USB-C Cable, 60W, Braided, 1 m",
    ),
    child(
        USB_C_CABLE,
        "2M",
        size="2米",
        dims="12x10x3cm",
        weight="70g",
        cost=5.6,
        ean=gtin(32),
        en="NINGVALE USB-C to USB-C Cable, 60W, Braided, 2 m",
    ),
    Item(
        sku="NB-PH-002",
        name="10000mAh超薄移动电源 22.5W快充",
        en="NINGVALE Power Bank 10000mAh, 22.5W PD Fast Charging, Slim",
        cat="手机配件>移动电源",
        material="锂离子电池+阻燃PC外壳",
        dims="14x7x1.5cm",
        weight="210g",
        cost=5.6,
        cur="USD",
        ean=gtin(33),
        hs="850760",
        desc=(
            "10000mAh超薄移动电源，内置锂离子电池（37Wh），支持22.5W快充和PD 20W。"
            "双输出口可同时给两台设备充电，LED数显剩余电量。"
        ),
        points=(
            "10000mAh大容量，手机可充2-3次",
            "22.5W快充，30分钟充至50%",
            "数显电量，剩余电量一目了然",
            "阻燃外壳，多重安全保护",
            "机身仅1.5cm厚，轻薄便携",
        ),
        keywords="充电宝，移动电源，10000毫安，快充充电宝，便携充电宝",
        note="锂电池 37Wh，空运需带电池运输证明",
    ),
    Item(
        sku="NB-PH-003",
        name="铝合金桌面手机支架",
        cat="手机配件>手机支架",
        material="铝合金",
        dims="11x8x12cm",
        weight="190g",
        cost=13.5,
        ean=gtin(34),
        hs="761699",
        desc="铝合金折叠手机支架，角度和高度可调，适配4-12.9英寸手机和平板。",
        points=("铝合金机身，稳固不晃", "角度高度可调", "折叠便携"),
        keywords="手机支架 桌面支架 平板支架 懒人支架",
    ),
    Item(
        sku="NB-PH-004",
        name="20W PD快充充电头",
        cat="手机配件>充电器",
        material="阻燃PC",
        dims="5x4x3cm",
        weight="55g",
        cost=1.65,
        cur="USD",
        ean=gtin(35),
        origin="CN",
        hs="850440",
        desc="20W USB-C PD快充充电头，输入100-240V，支持手机和平板快充，英规美规欧规可选。",
        points=("20W PD快充", "宽电压100-240V，出国可用", "过压过流过热保护"),
        keywords="充电头;快充头;20W充电器;PD充电器",
    ),
    # ---- textiles ------------------------------------------------------------------------
    TOWEL,
    child(TOWEL, "S", size="小号", dims="35x35x1cm", weight="60g", cost=6.5, ean=gtin(36)),
    child(TOWEL, "M", size="中号", dims="34x76x1cm", weight="130g", cost=9.8, ean=gtin(37)),
    child(TOWEL, "L", size="大号", dims="70x140x1.5cm", weight="500g", cost=24, ean=gtin(38)),
    Item(
        sku="NB-TX-002",
        name="珊瑚绒毛毯 加厚",
        cat="家纺>毯子>珊瑚绒毯",
        material="涤纶珊瑚绒",
        dims="40x30x10cm",
        weight="1.2kg",
        cost=32,
        cur="人民币",
        ean=gtin(39),
        hs="630140",
        desc="加厚珊瑚绒毛毯，展开尺寸150x200cm，克重350g/㎡，柔软不掉毛，可机洗。",
        points=("350克重加厚，保暖舒适", "柔软亲肤不掉毛", "可机洗"),
        keywords="毛毯 珊瑚绒毯 午睡毯 沙发毯",
    ),
    Item(
        sku="NB-TX-003",
        name="棉麻抱枕套2个装 45x45cm",
        en="NINGVALE Cotton Linen Cushion Covers, 45 x 45 cm, Pack of 2",
        cat="家纺>抱枕靠垫>抱枕套",
        material="棉麻",
        dims="25x20x3cm",
        weight="250g",
        cost=14,
        ean=gtin(40),
        hs="630492",
        desc="棉麻抱枕套2个装，尺寸45x45cm，隐形拉链，不含枕芯。",
        points=("棉麻面料，透气自然", "隐形拉链，美观易拆洗"),
        keywords="抱枕套，靠垫套，沙发抱枕，棉麻抱枕",
    ),
    # ---- garden --------------------------------------------------------------------------
    Item(
        sku="NB-GD-001",
        name="太阳能庭院草坪灯4个装",
        en="NINGVALE Solar Pathway Lights, Outdoor, IP65 Waterproof, Pack of 4",
        cat="园艺户外>户外照明>太阳能灯",
        material="不锈钢+ABS塑料",
        dims="300×200×100mm",
        weight="1.3kg",
        cost=19,
        ean=gtin(41),
        hs="940541",
        desc="太阳能庭院草坪灯4个装，内置600mAh镍氢电池，日照充电，天黑自动亮灯，IP65防水。",
        points=(
            "太阳能充电，无需布线",
            "光控自动开关",
            "IP65防水，雨天可用",
            "插地安装，简单方便",
        ),
        keywords="太阳能灯 庭院灯 草坪灯 户外灯 花园灯",
    ),
    Item(
        sku="NB-GD-002",
        name="铝合金园艺工具三件套",
        cat="园艺户外>园艺工具",
        material="铝合金",
        dims="30x20x5cm",
        weight="450g",
        cost=18,
        ean=gtin(42),
        hs="820190",
        desc="园艺工具三件套，含铲子、移植铲和三齿耙，铝合金铲头，防滑手柄。",
        points=("铝合金铲头，轻便不生锈", "防滑手柄，握持舒适", "手柄带挂孔，方便收纳"),
        keywords="园艺工具，铲子，花铲，种花工具",
    ),
    Item(
        sku="NB-GD-003",
        name="气压式浇花喷壶2L",
        cat="园艺户外>浇水用具>喷壶",
        material="PE塑料",
        dims="12 x 8 x 4 in",
        weight="400g",
        cost=15,
        cur="",
        ean=gtin(43),
        hs="842441",
        desc="2L气压式喷壶，可调喷头（雾状/柱状），带安全泄压阀，适合浇花和清洁。",
        points=("2升大容量", "喷头可调，雾状柱状切换"),
        keywords="喷壶 浇花壶 气压喷壶 园艺喷雾器",
    ),
    # ---- toys ----------------------------------------------------------------------------
    Item(
        sku="NB-TY-001",
        name="木制积木100粒 桶装",
        cat="玩具>积木拼插",
        material="榉木",
        dims="25x20x20cm",
        weight="1.5kg",
        cost=28,
        ean=gtin(44),
        hs="950300",
        desc="100粒榉木积木，水性漆上色，圆角打磨，附收纳桶，适合3岁以上儿童。",
        points=("天然榉木，水性漆环保", "圆角打磨，不伤手", "附收纳桶"),
        keywords="积木 木制积木 儿童积木 益智玩具",
        note="适用年龄3+，需CE和EN71",
    ),
    Item(
        sku="NB-TY-002",
        name="电动泡泡机",
        cat="玩具>户外玩具>泡泡机",
        material="ABS塑料",
        dims="15x12x10cm",
        weight="300g",
        cost=16.5,
        ean=gtin(45),
        hs="950300",
        desc="电动泡泡机，使用4节5号电池，每分钟吹出上千个泡泡，附两瓶泡泡液。",
        points=("每分钟上千泡泡", "附两瓶泡泡液", "户外派对必备"),
        keywords="泡泡机，吹泡泡，儿童玩具，户外玩具",
    ),
    Item(
        sku="NB-TY-003",
        name="磁力片拼搭玩具60片",
        cat="玩具>益智玩具>磁力片",
        material="ABS塑料+磁铁",
        dims="30x25x8cm",
        weight="1.3kg",
        cost=8.9,
        cur="USD",
        ean=gtin(46),
        hs="9503008900",
        desc="磁力片拼搭玩具60片，强磁设计，含正方形、三角形等多种形状，锻炼空间想象力。",
        points=("强磁吸附，搭得高不易倒", "超声波焊接，磁铁不外露", "多种形状，自由拼搭"),
        keywords="磁力片 磁性积木 益智玩具 儿童玩具",
    ),
    # ---- sports --------------------------------------------------------------------------
    YOGA_MAT,
    child(
        YOGA_MAT,
        "PUR",
        color="紫色",
        dims="61x15x15cm",
        weight="0.9kg",
        cost=26,
        ean=gtin(47),
        en="NINGVALE TPE Yoga Mat, 6mm, Purple",
    ),
    child(
        YOGA_MAT,
        "SKY",
        color="天蓝色",
        dims="61x15x15cm",
        weight="0.9kg",
        cost=26,
        ean=gtin(48),
        en="NINGVALE TPE Yoga Mat, 6mm, Sky Blue",
    ),
    child(
        YOGA_MAT,
        "BLK",
        color="黑色",
        dims="61x15x15cm",
        weight="0.9kg",
        cost=26,
        ean=gtin(49),
        en="NINGVALE TPE Yoga Mat, 6mm, Black",
    ),
    Item(
        sku="NB-SP-002",
        name="计数跳绳 可调节",
        cat="运动户外>健身器材>跳绳",
        material="PVC+ABS塑料",
        dims="20x12x6cm",
        weight="250g",
        cost=12.5,
        ean=gtin(50),
        hs="950691",
        desc="电子计数跳绳，长度3米可调，轴承防缠绕，液晶屏显示圈数和时间。",
        points=("电子计数，显示圈数时间", "轴承设计，转动顺滑不缠绕", "长度可调，成人儿童都适用"),
        keywords="跳绳，计数跳绳，健身跳绳，中考跳绳",
    ),
    Item(
        sku="NB-SP-003",
        name="弹力带5件套 健身阻力带",
        cat="运动户外>健身器材>弹力带",
        material="乳胶",
        weight="0.35kg",
        cost=17,
        ean=gtin(51),
        hs="950691",
        desc="天然乳胶弹力带5件套，5种阻力（5-40磅），附收纳袋和训练手册。",
        points=("5种阻力，循序渐进", "天然乳胶，弹性好不易断", "附收纳袋，方便携带"),
        keywords="弹力带 阻力带 健身弹力带 拉力带",
    ),
    # ---- clothing ------------------------------------------------------------------------
    TSHIRT,
    child(TSHIRT, "WHT-M", color="白色", size="M", dims="30x25x2cm", weight="200g", cost=19.5),
    child(TSHIRT, "WHT-L", color="白色", size="L", dims="30x25x2cm", weight="215g", cost=19.5),
    child(TSHIRT, "BLK-M", color="黑色", size="M", dims="30x25x2cm", weight="200g", cost=19.5),
    child(
        TSHIRT,
        "BLK-L",
        color="黑色",
        size="L",
        dims="30x25x2cm",
        weight="215g",
        cost=19.5,
        note="黑色L码库存紧张",
    ),
    Item(
        sku="NB-CL-002",
        name="纯棉运动袜5双装 中筒",
        cat="服装>袜子>运动袜",
        material="纯棉",
        dims="25x20x4cm",
        cost=14,
        cur="RMB",
        ean=gtin(52),
        origin="CN",
        desc="精梳棉中筒运动袜5双装，毛圈底吸汗防臭，均码适合39-44码。",
        points=("毛圈底，缓震吸汗", "精梳棉，透气不闷脚"),
        keywords="袜子 运动袜 纯棉袜 男袜",
    ),
]


# --------------------------------------------------------------------------------------------
# Messy file: one deliberate problem per bad row (spreadsheet row = list index + 2)
# --------------------------------------------------------------------------------------------

_MESSY_TOOLS = Item(
    sku="NB-KT-101",
    name="不锈钢汤勺漏勺套装",
    cat="厨房用品>厨具>汤勺",
    material="304不锈钢",
    dims="35x12x5cm",
    weight="380g",
    cost=15.8,
    ean=gtin(101),
    hs="732393",
    desc="304不锈钢汤勺和漏勺两件套，一体成型，手柄带挂孔。",
    points=("304不锈钢，不生锈", "一体成型，无焊点"),
    keywords="汤勺，漏勺，不锈钢勺子",
)

MESSY: list[tuple[Item, str | None]] = [
    (_MESSY_TOOLS, None),  # valid
    (
        # BAD: duplicate SKU (NB-KT-101 already used on the previous row)
        Item(
            sku="NB-KT-101",
            name="不锈钢锅铲",
            cat="厨房用品>厨具>锅铲",
            material="304不锈钢",
            dims="36x9x4cm",
            weight="200g",
            cost=9.5,
            hs="732393",
        ),
        "SKU 重复（NB-KT-101 已在第 2 行出现） / duplicate SKU",
    ),
    (
        # BAD: empty SKU
        Item(
            sku="",
            name="硅胶隔热手套",
            cat="厨房用品>烘焙工具",
            material="硅胶",
            dims="28x18x3cm",
            weight="250g",
            cost=11,
            hs="392410",
        ),
        "SKU 为空 / empty SKU",
    ),
    (
        # BAD: empty 产品名称
        Item(
            sku="NB-KT-102",
            name="",
            cat="厨房用品>厨房小工具",
            material="ABS塑料",
            dims="20x10x5cm",
            weight="150g",
            cost=7.5,
        ),
        "产品名称为空 / empty product name",
    ),
    (
        # BAD: negative 采购价 (-5)
        Item(
            sku="NB-HS-101",
            name="棉麻收纳筐",
            cat="家居日用>收纳整理>收纳筐",
            material="棉麻",
            dims="30x20x15cm",
            weight="300g",
            cost=-5,
        ),
        "采购价为负数（-5） / negative purchase price",
    ),
    (
        # BAD: non-numeric 采购价 ("面议")
        Item(
            sku="NB-AP-101",
            name="迷你榨汁杯 便携",
            cat="家用电器>厨房小电>榨汁机",
            material="高硼硅玻璃+ABS塑料",
            dims="8x8x24cm",
            weight="450g",
            cost="面议",
        ),
        "采购价不是数字（面议） / non-numeric purchase price",
    ),
    (
        # BAD: unknown currency "XYZ"
        Item(
            sku="NB-LT-101",
            name="LED化妆镜灯",
            cat="灯具照明>镜前灯",
            material="ABS塑料",
            dims="40x4x3cm",
            weight="260g",
            cost=23,
            cur="XYZ",
        ),
        "币种未知（XYZ） / unknown currency",
    ),
    (
        # BAD: unparseable weight "很轻"
        Item(
            sku="NB-ST-101",
            name="便利贴套装",
            cat="文具办公>本册>便利贴",
            material="纸张",
            dims="10x8x3cm",
            weight="很轻",
            cost=3.2,
        ),
        "重量无法解析（很轻） / unparseable weight",
    ),
    (
        # BAD: dimensions with only two numbers "30x20cm"
        Item(
            sku="NB-BT-101",
            name="硅藻泥吸水地垫",
            cat="卫浴用品>浴室地垫",
            material="硅藻泥",
            dims="30x20cm",
            weight="1.1kg",
            cost=18,
        ),
        "产品尺寸只有两个数字（30x20cm） / dimensions need L x W x H",
    ),
    (
        Item(  # valid parent
            sku="NB-HS-102",
            name="桌面收纳盒",
            cat="家居日用>收纳整理>收纳盒",
            theme="颜色",
            material="PP塑料",
            desc="桌面多格收纳盒，放文具和化妆品。",
            points=("多格分区", "防滑底垫"),
            keywords="收纳盒 桌面收纳",
        ),
        None,
    ),
    (
        Item(  # valid child of the row above
            parent="NB-HS-102",
            sku="NB-HS-102-WHT",
            name="桌面收纳盒 白色",
            cat="家居日用>收纳整理>收纳盒",
            color="白色",
            material="PP塑料",
            dims="25x15x10cm",
            weight="300g",
            cost=8.5,
            ean=gtin(102),
        ),
        None,
    ),
    (
        # BAD: child whose 父SKU (NB-HS-999) does not exist in the file
        Item(
            parent="NB-HS-999",
            sku="NB-HS-999-BLK",
            name="桌面收纳盒 黑色",
            cat="家居日用>收纳整理>收纳盒",
            color="黑色",
            material="PP塑料",
            dims="25x15x10cm",
            weight="300g",
            cost=8.5,
        ),
        "父SKU 不存在（NB-HS-999） / parent SKU not in file",
    ),
    (
        # BAD: EAN-13 with a wrong check digit
        Item(
            sku="NB-PH-101",
            name="磁吸无线充电器15W",
            cat="手机配件>充电器",
            material="铝合金",
            dims="6x6x1cm",
            weight="80g",
            cost=21,
            ean=ean13_wrong_check("952487100103"),
            hs="850440",
        ),
        f"条码校验位错误（{ean13_wrong_check('952487100103')}，正确校验位应为 "
        f"{ean13_check_digit('952487100103')}） / EAN-13 check digit wrong",
    ),
    (
        # BAD: unknown 变体主题 "款式" (allowed: 颜色, 尺寸, 颜色-尺寸)
        Item(
            sku="NB-PT-101",
            name="宠物牵引绳",
            cat="宠物用品>出行用品>牵引绳",
            theme="款式",
            material="尼龙",
            desc="宠物牵引绳，反光织带，夜间遛狗更安全。",
            points=("反光织带", "手柄加厚"),
        ),
        "变体主题未知（款式，允许：颜色 / 尺寸 / 颜色-尺寸；该行后无子行） "
        "/ unknown variation theme",
    ),
    (
        Item(  # valid
            sku="NB-GD-101",
            name="多肉植物陶瓷花盆3个装",
            cat="园艺户外>花盆花架",
            material="陶瓷",
            dims="12x12x10cm",
            weight="1.2kg",
            cost=16,
            cur="人民币",
            ean=gtin(104),
            hs="691200",
            desc="陶瓷多肉花盆3个装，底部带排水孔和托盘。",
            points=("底部排水孔", "附赠托盘"),
            keywords="花盆，陶瓷花盆，多肉花盆",
        ),
        None,
    ),
]


# --------------------------------------------------------------------------------------------
# Self-check of the clean catalogue (the clean file must pass a strict importer)
# --------------------------------------------------------------------------------------------


def check_clean(items: list[Item]) -> None:
    seen: dict[str, Item] = {}
    for item in items:
        if not item.sku or not item.sku.isascii():
            raise ValueError(f"bad SKU {item.sku!r}")
        if item.sku in seen:
            raise ValueError(f"duplicate SKU {item.sku}")
        if not item.name:
            raise ValueError(f"{item.sku}: empty 产品名称")
        if item.ean and (len(item.ean) != 13 or ean13(item.ean[:12]) != item.ean):
            raise ValueError(f"{item.sku}: bad EAN {item.ean}")
        if item.hs and not (item.hs.isdigit() and 6 <= len(item.hs) <= 10):
            raise ValueError(f"{item.sku}: bad HS code {item.hs}")
        if item.theme and item.theme not in VARIATION_THEMES:
            raise ValueError(f"{item.sku}: bad 变体主题 {item.theme}")
        if item.parent:
            parent = seen.get(item.parent)
            if parent is None or not parent.theme:
                raise ValueError(f"{item.sku}: parent {item.parent} missing or not a parent")
            needs_color = "颜色" in parent.theme
            needs_size = "尺寸" in parent.theme
            if needs_color != bool(item.color) or needs_size != bool(item.size):
                raise ValueError(f"{item.sku}: variant attributes do not match {parent.theme}")
            if not isinstance(item.cost, int | float) or item.cost <= 0:
                raise ValueError(f"{item.sku}: child needs a positive 采购价")
        elif not item.theme and (not isinstance(item.cost, int | float) or item.cost <= 0):
            raise ValueError(f"{item.sku}: standalone needs a positive 采购价")
        seen[item.sku] = item
    for item in items:
        if item.theme and not any(i.parent == item.sku for i in items):
            raise ValueError(f"{item.sku}: parent without children")


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def build_workbook(items: list[Item], title: str) -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET_NAME

    header_font = Font(bold=True)
    header_fill = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
    for col, header in enumerate(HEADERS, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.column_dimensions[get_column_letter(col)].width = COLUMN_WIDTHS[header]

    for row, item in enumerate(items, start=2):
        for col, (header, value) in enumerate(zip(HEADERS, item.cells(), strict=True), start=1):
            if value is None:
                continue
            cell = ws.cell(row=row, column=col, value=value)
            if header in TEXT_COLUMNS:
                cell.number_format = "@"
            elif header == "采购价" and isinstance(value, int | float):
                cell.number_format = "0.00"

    ws.freeze_panes = "A2"

    props = wb.properties
    props.creator = f"{COMPANY} 运营部"
    props.lastModifiedBy = f"{COMPANY} 运营部"
    props.title = title
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    return wb


def save_stable(wb: Workbook, path: Path) -> None:
    """Save with fixed zip timestamps and without openpyxl's 'modified = now' stamp."""
    raw = io.BytesIO()
    with ZipFile(raw, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).write_data()
    out = io.BytesIO()
    with ZipFile(raw) as src, ZipFile(out, "w", ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


COLUMN_DICTIONARY: tuple[tuple[str, str], ...] = (
    (
        "父SKU",
        "Parent SKU. Empty on standalone and parent rows; on a child variant row, the "
        "SKU of its parent row, which appears earlier in the same file.",
    ),
    (
        "SKU",
        "Seller SKU, ASCII, unique in the file (`NB-KT-001`, children `NB-KT-001-GRY`). "
        "Text cell. Required.",
    ),
    ("产品名称", "Chinese product name. Required."),
    ("英文标题", "Optional English title (filled for about a third of the products)."),
    ("品牌", f"Brand: `{BRAND}` on almost all rows, sub-brand `{SUB_BRAND}` on two pet rows."),
    ("类目", "Chinese category path separated by `>`, e.g. `厨房用品>烘焙工具`."),
    (
        "变体主题",
        "Parent rows only: one of `颜色`, `尺寸`, `颜色-尺寸`. Children then fill 颜色 "
        "and/or 尺寸 accordingly.",
    ),
    ("颜色", "Chinese colour name (红色, 黑色, 天蓝色 ...). Empty where not relevant."),
    ("尺寸", "Size: `S/M/L/XL`, `小号/中号/大号`, or a capacity/length such as `500ml`, `1米`."),
    ("材质", "Chinese material (304不锈钢, 硅胶, 竹子, 纯棉, ABS塑料, 高硼硅玻璃 ...)."),
    (
        "产品尺寸",
        "Package/product L x W x H with unit, in mixed real-world styles: `30x20x10cm`, "
        "`30*20*10 厘米`, `300×200×100mm`, `12 x 8 x 4 in`, `25.5X18X6CM`. Optional.",
    ),
    (
        "重量",
        "Weight with unit, mixed styles: `1.2kg`, `850g`, `0.5公斤`, `350克`, `2.2 lb`, "
        "`12oz`, `1.5斤` (1 斤 = 500 g). Optional.",
    ),
    ("采购价", "Unit purchase cost, numeric cell. Empty on parent rows (not buyable)."),
    (
        "币种",
        "Currency of 采购价: `CNY` mostly, also `人民币` / `RMB` (= CNY), a few `USD`; "
        "empty means CNY.",
    ),
    (
        "条码",
        "Optional EAN-13, text cell (leading zeros survive), correct check digit. Demo codes "
        "use GS1 prefix 952 (reserved for examples); two use in-store prefix 020.",
    ),
    ("产地", "Country of origin: `中国` or `CN`."),
    (
        "海关编码",
        "Optional declared HS code, text cell, 6-10 digits. Plausible, not customs advice.",
    ),
    (
        "产品描述",
        "1-3 Chinese sentences with specs (capacity, power, battery ...). Children may "
        "leave it empty and inherit the parent's.",
    ),
    (
        "卖点1..卖点5",
        "Chinese selling points (bullet points); some products fill only 2-3. "
        "Children inherit the parent's.",
    ),
    ("关键词", "Chinese search keywords separated by `，`, `;` or spaces."),
    ("备注", "Internal remark, mostly empty. Ignored by the importer."),
)


def build_readme(items: list[Item], messy: list[tuple[Item, str | None]]) -> str:
    parents = [i for i in items if i.theme]
    children = [i for i in items if i.parent]
    standalone = [i for i in items if not i.theme and not i.parent]
    with_en = [i for i in items if i.en and not i.parent]
    lines = [
        "# Demo seller spreadsheets",
        "",
        "Generated by `scripts/build_demo_spreadsheets.py` (deterministic, byte-stable); "
        "edit the script, not the files.",
        "",
        f"The seller is FICTIONAL: brand `{BRAND}` (sub-brand `{SUB_BRAND}`), company "
        f"{COMPANY}, a Ningbo home & kitchen exporter. Any resemblance to a real brand, "
        "company or product is unintended. Barcodes are demo numbers, not real products.",
        "",
        "## Files",
        "",
        f"- `{CLEAN_FILE}`: the clean master catalogue. {len(items)} data rows = "
        f"{len(standalone)} standalone + {len(parents)} parents + {len(children)} child "
        f"variants ({len(standalone) + len(parents)} products; {len(with_en)} of them with "
        "an English title). A strict importer must accept every row.",
        f"- `{MESSY_FILE}`: {len(messy)} data rows from the same seller with the same headers. "
        f"{sum(1 for _, p in messy if p)} rows carry exactly one deliberate problem each; the "
        "other rows are valid. A strict importer must reject the file and report the bad rows.",
        "",
        "## Layout",
        "",
        f"First worksheet `{SHEET_NAME}`, header in row 1, data from row 2, row 1 frozen. "
        "Identifiers (SKU, 条码, 海关编码) are text cells; 采购价 is a numeric cell.",
        "",
        "## Column dictionary",
        "",
        "| Column | Meaning |",
        "| --- | --- |",
    ]
    lines += [f"| {_md_cell(h)} | {_md_cell(m)} |" for h, m in COLUMN_DICTIONARY]
    lines += [
        "",
        f"## Deliberate errors in `{MESSY_FILE}`",
        "",
        "Spreadsheet row numbers (header = row 1).",
        "",
        "| Row | SKU | Problem |",
        "| --- | --- | --- |",
    ]
    for index, (item, problem) in enumerate(messy):
        if problem:
            sku = f"`{item.sku}`" if item.sku else "(empty)"
            lines.append(f"| {index + 2} | {sku} | {_md_cell(problem)} |")
    valid_rows = ", ".join(str(i + 2) for i, (_, p) in enumerate(messy) if not p)
    lines += ["", f"Valid rows: {valid_rows}.", ""]
    return "\n".join(lines)


def main() -> None:
    check_clean(CATALOGUE)
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    save_stable(build_workbook(CATALOGUE, "产品信息表"), DATA_DIR / CLEAN_FILE)
    messy_items = [item for item, _ in MESSY]
    save_stable(build_workbook(messy_items, "产品信息表（待整理）"), DATA_DIR / MESSY_FILE)
    (DATA_DIR / README_FILE).write_text(build_readme(CATALOGUE, MESSY), encoding="utf-8")
    print(f"wrote {CLEAN_FILE} ({len(CATALOGUE)} rows), {MESSY_FILE} ({len(MESSY)} rows)")


if __name__ == "__main__":
    main()
