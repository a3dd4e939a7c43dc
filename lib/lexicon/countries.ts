// States and territories as Vietnamese news names them: one line per state, first the form the digest shows,
// then the other spellings (Sino-Vietnamese and transliterated names, English names, acronyms) that mean the
// same state. Source: the 193 UN member states, the two observer states and the territories Vietnamese news
// treats as sides (UN M49 list), with the Vietnamese names used by the Ministry of Foreign Affairs of Viet Nam
// (mofa.gov.vn country pages) and the variants met in the news; compiled for this project.
// After "||", the name the English UI shows, when it is not the first form itself (the UN's English short name:
// "United States", "Türkiye", "Czechia"); it is for display only, not a form the text is matched with.
// A form marked with a leading "~" is also an ordinary word or a personal name (Anh, Đức, Nga, Mỹ, Ý...): it
// counts only where nothing around it makes it a name or a word (lib/entities/sides/gazetteer.ts).

const COUNTRY_LINES = `
Việt Nam|Vietnam|Viet Nam|VN|CHXHCN Việt Nam|Cộng hòa xã hội chủ nghĩa Việt Nam||Vietnam
Hoa Kỳ|~Mỹ|Hợp chúng quốc Hoa Kỳ|United States|USA|U.S.||United States
Trung Quốc|CHND Trung Hoa|Cộng hòa Nhân dân Trung Hoa|China|Trung Hoa||China
~Nga|Liên bang Nga|Russia|LB Nga||Russia
Nhật Bản|~Nhật|Japan||Japan
Hàn Quốc|Đại Hàn Dân Quốc|South Korea|Korea|Nam Hàn||South Korea
Triều Tiên|Bắc Triều Tiên|CHDCND Triều Tiên|Cộng hòa Dân chủ Nhân dân Triều Tiên|North Korea|Bắc Hàn||North Korea
Lào|CHDCND Lào|Cộng hòa Dân chủ Nhân dân Lào|Laos||Laos
Campuchia|Cam-pu-chia|Vương quốc Campuchia|Cambodia||Cambodia
Thái Lan|Vương quốc Thái Lan|Thailand||Thailand
Myanmar|Mi-an-ma|Miến Điện
Malaysia|Ma-lai-xi-a|Mã Lai
Singapore|Xin-ga-po|Tân Gia Ba
Indonesia|In-đô-nê-xi-a|Nam Dương
Philippines|Phi-líp-pin|Philippin
Brunei|Bru-nây|Brunei Darussalam
Đông Timor|Timor-Leste|Timor Leste||Timor-Leste
Ấn Độ|India||India
Pakistan|Pa-ki-xtan
Bangladesh|Băng-la-đét
Sri Lanka|Xri Lan-ca
Nepal|Nê-pan
Bhutan|Bu-tan
Maldives|Man-đi-vơ
Afghanistan|Áp-ga-ni-xtan
Mông Cổ|Mongolia||Mongolia
Kazakhstan|Ca-dắc-xtan
Uzbekistan|U-dơ-bê-ki-xtan
Turkmenistan
Kyrgyzstan|Cư-rơ-gư-xtan
Tajikistan|Tát-gi-ki-xtan
Iran|I-ran
Iraq|I-rắc|Irắc
Syria|Xy-ri
Li Băng|Liban|Lebanon||Lebanon
~Jordan|Gioóc-đa-ni|Giooc-đa-ni
Israel|I-xra-en|Ixraen
Palestine|Pa-le-xtin|Nhà nước Palestine
Ả Rập Xê Út|Saudi Arabia|Ả-rập Xê-út|Arab Saudi||Saudi Arabia
Các Tiểu vương quốc Ả Rập Thống nhất|UAE|Tiểu vương quốc Ả Rập Thống nhất||United Arab Emirates
Qatar|Ca-ta
Kuwait|Cô-oét
Oman|Ô-man
Yemen|Y-ê-men
Bahrain|Ba-ranh
Thổ Nhĩ Kỳ|Türkiye|Turkey||Türkiye
Síp|Cyprus||Cyprus
~Georgia|Gru-di-a|Gruzia
Armenia|Ác-mê-ni-a
Azerbaijan|A-déc-bai-gian
~Pháp|France|Cộng hòa Pháp||France
~Đức|Germany|CHLB Đức|Cộng hòa Liên bang Đức||Germany
Vương quốc Anh|~Anh|Anh Quốc|Liên hiệp Vương quốc Anh và Bắc Ireland|United Kingdom|UK|Great Britain|Britain||United Kingdom
~Ý|Italy|Italia||Italy
Tây Ban Nha|Spain||Spain
Bồ Đào Nha|Portugal||Portugal
Hà Lan|Netherlands||Netherlands
~Bỉ|Belgium||Belgium
Luxembourg|Lúc-xăm-bua
Thụy Sĩ|Switzerland||Switzerland
~Áo|Austria||Austria
Thụy Điển|Sweden||Sweden
Na Uy|Norway||Norway
Đan Mạch|Denmark||Denmark
Phần Lan|Finland||Finland
Iceland|Ai-xơ-len
Ireland|Ai-len|Ai Len
Ba Lan|Poland||Poland
~Séc|CH Séc|Cộng hòa Séc|Czech|Czechia||Czechia
Slovakia|Xlô-va-ki-a
Hungary|~Hung|Hung-ga-ri
Romania|Rumani|Ru-ma-ni
Bulgaria|Bun-ga-ri
Hy Lạp|Greece||Greece
Serbia|Xéc-bi-a
Croatia|Crô-a-ti-a
Slovenia|Xlô-ven-ni-a
Bosnia và Herzegovina|Bosnia-Herzegovina|Bosnia||Bosnia and Herzegovina
Montenegro
Bắc Macedonia|Macedonia||North Macedonia
Albania|An-ba-ni
Kosovo
Moldova|Môn-đô-va
Ukraine|U-crai-na|Ucraina
Belarus|Bê-la-rút
Estonia|E-xtô-ni-a
Latvia|Lát-vi-a
Litva|Lithuania|Lít-va||Lithuania
Malta|Man-ta
Monaco|Mô-na-cô
Andorra
San Marino
Liechtenstein
Tòa Thánh Vatican|Vatican|Tòa Thánh||Holy See
Canada|Ca-na-đa
Mexico|Mê-hi-cô
Cuba|Cu Ba|Cu-ba
Brazil|Bra-xin|Braxin
Argentina|Ác-hen-ti-na
Chile|Chi-lê
Peru|Pê-ru
Colombia|Cô-lôm-bi-a
Venezuela|Vê-nê-xu-ê-la
Ecuador|Ê-cu-a-đo
Bolivia|Bô-li-vi-a
Paraguay|Pa-ra-goay
Uruguay|U-ru-goay
Panama|Pa-na-ma
Costa Rica|Cốt-xta Ri-ca
Nicaragua|Ni-ca-ra-goa
Honduras
Guatemala|Goa-tê-ma-la
El Salvador|En Xan-va-đo
Cộng hòa Dominica|Dominica||Dominican Republic
Haiti|Ha-i-ti
Jamaica|Gia-mai-ca
Trinidad và Tobago||Trinidad and Tobago
Bahamas
Barbados
Guyana
Suriname
Australia|~Úc|Ô-xtrây-li-a|Ốt-xtrây-li-a
New Zealand|Niu Di-lân|Niu Dilân|Tân Tây Lan
Papua New Guinea|Pa-pua Niu Ghi-nê
Fiji|Phi-gi
Samoa
Tonga
Vanuatu
Quần đảo Solomon|Solomon Islands||Solomon Islands
Kiribati
Ai Cập|Egypt||Egypt
Nam Phi|South Africa||South Africa
Nigeria|Ni-giê-ri-a
Kenya|Kê-ni-a
Ethiopia|Ê-ti-ô-pi-a
Tanzania|Tan-da-ni-a
Uganda|U-gan-đa
Rwanda|Ru-an-đa
Angola|Ăng-gô-la
Mozambique|Mô-dăm-bích
Zimbabwe|Dim-ba-bu-ê
Zambia|Dăm-bi-a
Namibia
Botswana
Algeria|An-giê-ri
Tunisia|Tuy-ni-di
Libya|Li-bi
Maroc|Morocco|Ma-rốc||Morocco
Sudan|Xu-đăng
Nam Sudan||South Sudan
Ghana|Gha-na
Senegal|Xê-nê-gan
Bờ Biển Ngà|Côte d'Ivoire|Cote d'Ivoire||Côte d'Ivoire
Cameroon|Ca-mơ-run
Mali
Niger
Burkina Faso
Chad
Somalia|Xô-ma-li
Madagascar|Ma-đa-gát-xca
Congo|Cộng hòa Congo|CHDC Congo|Cộng hòa Dân chủ Congo
Gabon
Guinea|Ghi-nê
Sierra Leone
Liberia
Mauritius
Eritrea
Djibouti
Đài Loan|Taiwan||Taiwan
Hồng Kông|Hong Kong||Hong Kong
Ma Cao|Macau||Macau
Scotland|Xcốt-len
Greenland
`;

export interface CountryEntry {
  /** The form the digest shows when the text uses none longer. */
  name: string;
  /** Every form, the name included; a leading "~" marks an ambiguous one. */
  forms: string[];
  /** The name the English UI shows (UN short names, "United States"), or null when it is the name itself. */
  english: string | null;
}

export const COUNTRIES: readonly CountryEntry[] = COUNTRY_LINES.trim()
  .split('\n')
  .map((line) => {
    const [names, english] = line.split('||');
    const forms = [...new Set(names!.split('|'))];
    return { name: forms[0]!.replace(/^~/, ''), forms, english: english ?? null };
  });
