// Well-known agreements in Vietnam's foreign relations, with their acronyms and names. Curated from
// /work/shared/reference/lexicon/agreement-acronyms.tsv and extended (see lib/lexicon/README.md): it lets a
// bare acronym ("DOC", "COC") be recognised and spelled out, and links a name written without its acronym
// ("Công ước LHQ về Luật Biển năm 1982") to it.
import type { AgreementKind } from './agreement-kinds';

/**
 * When a bare acronym, with no name or head word beside it, counts as a mention:
 * - always: the acronym is specific ("UNCLOS", "DOC");
 * - eu-context: only when the article speaks of the EU (PCA is a generic acronym, see the TSV's note);
 * - never: generic ("MoU", "BIT", "CEPA"): only "Hiệp định CEPA" or "... (CEPA)" count.
 */
export type BareAcronymRule = 'always' | 'eu-context' | 'never';

export interface KnownAgreement {
  /** Acronyms, the usual one first ("VN-EAEU FTA", "VCUFTA"). Empty when the agreement has none. */
  acronyms: string[];
  /** Vietnamese name used when the article gives only the acronym. */
  vi: string;
  /** Other Vietnamese names and spellings met in the news (matched after normalisation). */
  viAliases: string[];
  en: string;
  kind: AgreementKind;
  /** Year of signature or adoption, for reference (the extractor reports only a year the article names). */
  year: number | null;
  bare: BareAcronymRule;
}

const k = (
  acronyms: string[],
  vi: string,
  en: string,
  kind: AgreementKind,
  year: number | null,
  bare: BareAcronymRule = 'always',
  viAliases: string[] = [],
): KnownAgreement => ({ acronyms, vi, viAliases, en, kind, year, bare });

export const KNOWN_AGREEMENTS: readonly KnownAgreement[] = [
  // Vietnam - EU
  k(['EVFTA'], 'Hiệp định Thương mại tự do Việt Nam – Liên minh châu Âu', 'EU–Vietnam Free Trade Agreement', 'fta', 2019, 'always', ['Hiệp định Thương mại tự do Việt Nam – EU']),
  k(['EVIPA'], 'Hiệp định Bảo hộ đầu tư Việt Nam – Liên minh châu Âu', 'EU–Vietnam Investment Protection Agreement', 'agreement', 2019, 'always', ['Hiệp định Bảo hộ đầu tư Việt Nam – EU']),
  k(['PCA'], 'Hiệp định Đối tác và Hợp tác toàn diện Việt Nam – EU', 'Framework Agreement on Comprehensive Partnership and Cooperation (EU–Vietnam)', 'framework-agreement', 2012, 'eu-context', [
    'Hiệp định khung đối tác và hợp tác toàn diện Việt Nam – EU',
    'Hiệp định khung về đối tác và hợp tác toàn diện Việt Nam – EU',
  ]),
  k(['FPA'], 'Hiệp định khung về tham gia các hoạt động quản lý khủng hoảng của EU', 'Framework Participation Agreement (EU crisis management operations)', 'framework-agreement', 2019, 'eu-context', [
    'Hiệp định giữa Chính phủ Việt Nam và EU về việc thiết lập khuôn khổ tham gia của Việt Nam vào các hoạt động quản lý khủng hoảng của EU',
    'Thỏa thuận khung EU – Việt Nam về sự tham gia của Việt Nam trong các phái bộ và hoạt động dân sự và quân sự thuộc Chính sách An ninh và Quốc phòng chung của Liên minh châu Âu',
  ]),
  k(['VPA/FLEGT', 'VPA', 'VPA-FLEGT'], 'Hiệp định Đối tác tự nguyện về Thực thi luật lâm nghiệp, Quản trị rừng và Thương mại lâm sản', 'Voluntary Partnership Agreement (FLEGT)', 'agreement', 2018),
  // Trade agreements
  k(['CPTPP'], 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương', 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership', 'fta', 2018),
  k(['TPP'], 'Hiệp định Đối tác xuyên Thái Bình Dương', 'Trans-Pacific Partnership', 'fta', 2016),
  k(['RCEP'], 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực', 'Regional Comprehensive Economic Partnership', 'fta', 2020),
  k(['ATIGA'], 'Hiệp định Thương mại hàng hóa ASEAN', 'ASEAN Trade in Goods Agreement', 'fta', 2009),
  k(['CEPT'], 'Hiệp định về Chương trình Ưu đãi thuế quan có hiệu lực chung', 'Common Effective Preferential Tariff Agreement', 'fta', 1992),
  k(['ACFTA'], 'Hiệp định Thương mại tự do ASEAN – Trung Quốc', 'ASEAN–China FTA', 'fta', 2002),
  k(['AKFTA'], 'Hiệp định Thương mại tự do ASEAN – Hàn Quốc', 'ASEAN–Korea FTA', 'fta', 2006),
  k(['AJCEP'], 'Hiệp định Đối tác kinh tế toàn diện ASEAN – Nhật Bản', 'ASEAN–Japan Comprehensive Economic Partnership', 'fta', 2008),
  k(['VJEPA'], 'Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản', 'Vietnam–Japan Economic Partnership Agreement', 'fta', 2008),
  k(['AIFTA'], 'Hiệp định Thương mại tự do ASEAN – Ấn Độ', 'ASEAN–India FTA', 'fta', 2009),
  k(['AANZFTA'], 'Hiệp định Thương mại tự do ASEAN – Australia – New Zealand', 'ASEAN–Australia–New Zealand FTA', 'fta', 2009),
  k(['AHKFTA'], 'Hiệp định Thương mại tự do ASEAN – Hồng Kông (Trung Quốc)', 'ASEAN–Hong Kong FTA', 'fta', 2017),
  k(['VCFTA'], 'Hiệp định Thương mại tự do Việt Nam – Chile', 'Vietnam–Chile FTA', 'fta', 2011),
  k(['VKFTA'], 'Hiệp định Thương mại tự do Việt Nam – Hàn Quốc', 'Vietnam–Korea FTA', 'fta', 2015),
  k(['VN-EAEU FTA', 'VCUFTA'], 'Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á-Âu', 'Vietnam–Eurasian Economic Union FTA', 'fta', 2015),
  k(['UKVFTA'], 'Hiệp định Thương mại tự do Việt Nam – Vương quốc Anh', 'UK–Vietnam FTA', 'fta', 2020),
  k(['VIFTA'], 'Hiệp định Thương mại tự do Việt Nam – Israel', 'Vietnam–Israel FTA', 'fta', 2023),
  k(['CEPA'], 'Hiệp định Đối tác kinh tế toàn diện', 'Comprehensive Economic Partnership Agreement', 'fta', null, 'never'),
  k(['BTA'], 'Hiệp định Thương mại song phương Việt Nam – Hoa Kỳ', 'US–Vietnam Bilateral Trade Agreement', 'agreement', 2000),
  k(['GATT'], 'Hiệp định chung về Thuế quan và Thương mại', 'General Agreement on Tariffs and Trade', 'agreement', 1947),
  k(['TRIPS'], 'Hiệp định về các khía cạnh liên quan đến thương mại của quyền sở hữu trí tuệ', 'Agreement on Trade-Related Aspects of Intellectual Property Rights', 'agreement', 1994),
  // Law of the sea, South China Sea, ASEAN
  k(['UNCLOS'], 'Công ước Liên hợp quốc về Luật Biển', 'UN Convention on the Law of the Sea', 'convention', 1982, 'always', ['Công ước của Liên hợp quốc về Luật Biển', 'Công ước Luật Biển', 'Công ước về Luật Biển']),
  k(['BBNJ'], 'Hiệp định về bảo tồn và sử dụng bền vững đa dạng sinh học biển ở vùng biển nằm ngoài quyền tài phán quốc gia', 'Agreement on Marine Biological Diversity of Areas beyond National Jurisdiction', 'agreement', 2023),
  k(['DOC'], 'Tuyên bố về ứng xử của các bên ở Biển Đông', 'Declaration on the Conduct of Parties in the South China Sea', 'declaration', 2002),
  k(['COC'], 'Bộ Quy tắc ứng xử ở Biển Đông', 'Code of Conduct in the South China Sea', 'code-of-conduct', null, 'always', ['Bộ Quy tắc ứng xử trên Biển Đông']),
  k(['TAC'], 'Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á', 'Treaty of Amity and Cooperation in Southeast Asia', 'treaty', 1976),
  k(['SEANWFZ'], 'Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân', 'Southeast Asia Nuclear-Weapon-Free Zone Treaty', 'treaty', 1995),
  k([], 'Thỏa thuận về những nguyên tắc cơ bản chỉ đạo giải quyết vấn đề trên biển giữa Việt Nam và Trung Quốc', 'Agreement on Basic Principles Guiding the Settlement of Sea-Related Issues (Vietnam–China)', 'agreement', 2011),
  k([], 'Hiệp định phân định Vịnh Bắc Bộ', 'Agreement on the Delimitation of the Gulf of Tonkin (Vietnam–China)', 'agreement', 2000, 'always', ['Hiệp định phân định lãnh hải, vùng đặc quyền kinh tế và thềm lục địa trong Vịnh Bắc Bộ']),
  k([], 'Hiệp định về hợp tác nghề cá ở Vịnh Bắc Bộ', 'Agreement on Fishery Cooperation in the Gulf of Tonkin (Vietnam–China)', 'agreement', 2000),
  k([], 'Hiến chương ASEAN', 'ASEAN Charter', 'charter', 2007),
  k([], 'Đồng thuận 5 điểm', 'ASEAN Five-Point Consensus (Myanmar)', 'consensus', 2021, 'always', ['Đồng thuận 5 điểm của ASEAN']),
  // Bilateral treaties often cited in diplomatic news
  k([], 'Hiệp ước Hữu nghị và Hợp tác giữa Việt Nam và Lào', 'Treaty of Amity and Cooperation (Vietnam–Laos)', 'treaty', 1977, 'always', ['Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào']),
  k([], 'Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị giữa Việt Nam và Liên bang Nga', 'Treaty on Basic Principles of Friendly Relations (Vietnam–Russia)', 'treaty', 1994),
  k([], 'Hiệp định Paris về chấm dứt chiến tranh, lập lại hòa bình ở Việt Nam', 'Paris Peace Accords', 'agreement', 1973, 'always', ['Hiệp định Paris năm 1973']),
  k([], 'Hiệp định Genève về Đông Dương', 'Geneva Accords', 'agreement', 1954, 'always', ['Hiệp định Giơnevơ']),
  // Arms control and disarmament
  k(['NPT'], 'Hiệp ước Không phổ biến vũ khí hạt nhân', 'Treaty on the Non-Proliferation of Nuclear Weapons', 'treaty', 1968),
  k(['TPNW'], 'Hiệp ước Cấm vũ khí hạt nhân', 'Treaty on the Prohibition of Nuclear Weapons', 'treaty', 2017),
  k(['CTBT'], 'Hiệp ước Cấm thử hạt nhân toàn diện', 'Comprehensive Nuclear-Test-Ban Treaty', 'treaty', 1996),
  k(['INF'], 'Hiệp ước về các lực lượng hạt nhân tầm trung', 'Intermediate-Range Nuclear Forces Treaty', 'treaty', 1987),
  k(['New START'], 'Hiệp ước cắt giảm vũ khí tấn công chiến lược mới', 'New Strategic Arms Reduction Treaty', 'treaty', 2010, 'always', ['Hiệp ước New START', 'Hiệp ước START mới']),
  k(['CWC'], 'Công ước Cấm vũ khí hóa học', 'Chemical Weapons Convention', 'convention', 1993),
  k(['BWC'], 'Công ước Cấm vũ khí sinh học', 'Biological Weapons Convention', 'convention', 1972),
  k(['JCPOA'], 'Kế hoạch hành động chung toàn diện', 'Joint Comprehensive Plan of Action (Iran nuclear deal)', 'action-plan', 2015, 'always', ['Thỏa thuận hạt nhân Iran']),
  // Climate, environment, other UN conventions
  k(['UNFCCC'], 'Công ước khung của Liên hợp quốc về biến đổi khí hậu', 'UN Framework Convention on Climate Change', 'convention', 1992),
  k([], 'Thỏa thuận Paris', 'Paris Agreement', 'agreement', 2015, 'always', [
    'Thỏa thuận Paris về biến đổi khí hậu',
    'Thỏa thuận Paris về khí hậu',
    'Hiệp định Paris về biến đổi khí hậu',
    'Hiệp định Paris về khí hậu',
  ]),
  k([], 'Nghị định thư Kyoto', 'Kyoto Protocol', 'protocol', 1997),
  k(['CITES'], 'Công ước về buôn bán quốc tế các loài động, thực vật hoang dã nguy cấp', 'Convention on International Trade in Endangered Species', 'convention', 1973),
  k(['UNCAC'], 'Công ước Liên hợp quốc về chống tham nhũng', 'UN Convention against Corruption', 'convention', 2003),
  k([], 'Công ước Liên hợp quốc về chống tội phạm mạng', 'UN Convention against Cybercrime (Hanoi Convention)', 'convention', 2024, 'always', ['Công ước Hà Nội']),
  k(['UNTOC'], 'Công ước Liên hợp quốc về chống tội phạm có tổ chức xuyên quốc gia', 'UN Convention against Transnational Organized Crime', 'convention', 2000),
  k(['PSMA'], 'Hiệp định về các biện pháp quốc gia có cảng nhằm phòng ngừa, ngăn chặn và loại bỏ khai thác IUU', 'Agreement on Port State Measures (FAO)', 'agreement', 2009, 'always', [
    'Hiệp định về các biện pháp quốc gia có cảng nhằm phòng ngừa, ngăn chặn và loại bỏ khai thác bất hợp pháp, không báo cáo và không theo quy định',
  ]),
  k(['CEDAW'], 'Công ước về xóa bỏ mọi hình thức phân biệt đối xử với phụ nữ', 'Convention on the Elimination of All Forms of Discrimination against Women', 'convention', 1979),
  k(['ICCPR'], 'Công ước quốc tế về các quyền dân sự và chính trị', 'International Covenant on Civil and Political Rights', 'convention', 1966),
  k(['ICESCR'], 'Công ước quốc tế về các quyền kinh tế, xã hội và văn hóa', 'International Covenant on Economic, Social and Cultural Rights', 'convention', 1966),
  k(['FAL'], 'Công ước tạo thuận lợi trong giao thông hàng hải quốc tế', 'Convention on Facilitation of International Maritime Traffic', 'convention', 1965),
  k([], 'Công ước Viên về quan hệ ngoại giao', 'Vienna Convention on Diplomatic Relations', 'convention', 1961),
  k([], 'Công ước Viên về quan hệ lãnh sự', 'Vienna Convention on Consular Relations', 'convention', 1963),
  k([], 'Công ước Viên về luật điều ước quốc tế', 'Vienna Convention on the Law of Treaties', 'convention', 1969),
  k([], 'Hiến chương Liên hợp quốc', 'Charter of the United Nations', 'charter', 1945),
  // Generic instruments: their acronyms are linked when written beside a name, never recognised alone.
  k(['MoU', 'MOU'], 'Bản ghi nhớ', 'Memorandum of Understanding', 'mou', null, 'never'),
  k(['LOI'], 'Ý định thư', 'Letter of Intent', 'other', null, 'never'),
  k(['BIT'], 'Hiệp định Khuyến khích và Bảo hộ đầu tư', 'Bilateral Investment Treaty', 'agreement', null, 'never'),
  k(['DTA'], 'Hiệp định Tránh đánh thuế hai lần', 'Double Taxation Agreement', 'agreement', null, 'never'),
];

/**
 * Acronyms that name organisations, meetings, programmes, partnerships or initiatives, or a whole class of
 * agreements ("các Hiệp định thương mại tự do (FTA)"), never one agreement.
 * "(EU)" inside a name is part of the name; "IPEF" (a framework/initiative), "AFTA" (a free-trade area),
 * "JETP" (a partnership), "COVAX" (a mechanism), "IUU" (a fishing-rules sanction) are not agreements.
 */
export const NOT_AGREEMENT_ACRONYMS: ReadonlySet<string> = new Set([
  'EU', 'ASEAN', 'LHQ', 'UN', 'WTO', 'EEAS', 'CSDP', 'EC', 'NATO', 'APEC', 'IMF', 'WB', 'ADB', 'US', 'UK', 'OECD', 'G7', 'G20',
  'ASEM', 'ARF', 'EAS', 'ADMM', 'SOM', 'AMM', 'PMC', 'UNSC', 'IAEA', 'WHO', 'ILO', 'FAO', 'UNESCO', 'UNDP', 'UNICEF', 'IMO',
  'ICJ', 'ITLOS', 'PCA-COURT', 'BRICS', 'SCO', 'GMS', 'CLMV', 'MRC', 'AIIB', 'EAEU', 'EFTA', 'CLV', 'GGHB', 'QĐND', 'TTXVN',
  'IPEF', 'AFTA', 'JETP', 'COVAX', 'IUU', 'FTA', 'EPA', 'FDI', 'ODA', 'GDP', 'USD', 'EUR', 'VND', 'ASEAN-EU',
]);
