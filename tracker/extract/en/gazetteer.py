"""Place data: country variants and adjectives, and a broad list of world cities.

Country *names* come from pycountry (see `countries.py`); this module only adds
what pycountry lacks: the short everyday names ("Russia", "Laos", "UK"), the
adjectives and demonyms ("Kenyan", "Sino-German" -> German), and the places
that are never listed as countries (Hong Kong, Macao, Taiwan, regions).

Cities are a generic list: the world's capitals and its large cities (with
the Chinese provincial capitals and large prefecture cities, since the
office's news comes mostly from China). It is used to recognise where an
event took place; a structural rule ("held in X") finds the others.
"""

from __future__ import annotations

# Everyday names and spellings that pycountry's name fields lack. alpha-2 -> names.
COUNTRY_VARIANTS: dict[str, tuple[str, ...]] = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
           "Northern Ireland", "United Kingdom"),
    "US": ("USA", "U.S.", "U.S.A.", "United States of America", "America"),
    "RU": ("Russia", "Russian Federation"),
    "LA": ("Laos", "Lao PDR"),
    "VN": ("Vietnam", "Viet Nam"),
    "KR": ("South Korea", "Republic of Korea", "Korea"),
    "KP": ("North Korea", "DPRK"),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "TZ": ("Tanzania",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "MD": ("Moldova",),
    "CZ": ("Czech Republic", "Czechia"),
    "TR": ("Turkey", "Türkiye", "Turkiye"),
    "CI": ("Cote d'Ivoire", "Côte d'Ivoire", "Ivory Coast", "Cote D’Ivoire", "Côte d’Ivoire"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville", "Congo"),
    "GM": ("The Gambia", "Gambia"),
    "BS": ("The Bahamas", "Bahamas"),
    "MK": ("North Macedonia", "Macedonia"),
    "BN": ("Brunei", "Brunei Darussalam"),
    "FM": ("Micronesia",),
    "PS": ("Palestine",),
    "CV": ("Cape Verde", "Cabo Verde"),
    "SZ": ("Eswatini", "Swaziland"),
    "MM": ("Myanmar", "Burma"),
    "TL": ("East Timor", "Timor-Leste"),
    "AE": ("UAE", "U.A.E.", "United Arab Emirates", "Emirates"),
    "NL": ("The Netherlands", "Holland"),
    "PH": ("The Philippines",),
    "VA": ("Vatican", "Holy See"),
    "KG": ("Kyrgyzstan", "Kirghizia"),
    "CN": ("PRC", "P.R. China", "Mainland China", "People's Republic of China"),
    "ST": ("Sao Tome and Principe",),
    "KN": ("Saint Kitts and Nevis", "St Kitts and Nevis"),
    "LC": ("Saint Lucia", "St Lucia"),
    "VC": ("Saint Vincent and the Grenadines",),
}

# Adjectives and demonyms. A hyphenated compound ("Sino-German") counts for the
# part that is a country adjective; "Sino" itself is not in this table.
COUNTRY_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan",), "AL": ("Albanian",), "DZ": ("Algerian",), "AO": ("Angolan",),
    "AR": ("Argentine", "Argentinian", "Argentinean"), "AM": ("Armenian",),
    "AU": ("Australian",), "AT": ("Austrian",), "AZ": ("Azerbaijani", "Azerbaijanian"),
    "BH": ("Bahraini",), "BD": ("Bangladeshi",), "BY": ("Belarusian",),
    "BE": ("Belgian",), "BJ": ("Beninese",), "BT": ("Bhutanese",), "BO": ("Bolivian",),
    "BA": ("Bosnian",), "BW": ("Botswanan", "Motswana"), "BR": ("Brazilian",),
    "BN": ("Bruneian",), "BG": ("Bulgarian",), "BF": ("Burkinabe", "Burkinabè"),
    "BI": ("Burundian",), "KH": ("Cambodian",), "CM": ("Cameroonian",),
    "CA": ("Canadian",), "CF": ("Central African Republic's",), "TD": ("Chadian",),
    "CL": ("Chilean",), "CN": ("Chinese",), "CO": ("Colombian",), "CG": ("Congolese",),
    "CR": ("Costa Rican",), "HR": ("Croatian",), "CU": ("Cuban",),
    "CY": ("Cypriot",), "CZ": ("Czech",), "DK": ("Danish",), "DJ": ("Djiboutian",),
    "DO": ("Dominican",), "EC": ("Ecuadorian",), "EG": ("Egyptian",),
    "SV": ("Salvadoran",), "GQ": ("Equatoguinean",), "ER": ("Eritrean",),
    "EE": ("Estonian",), "ET": ("Ethiopian",), "FJ": ("Fijian",), "FI": ("Finnish",),
    "FR": ("French",), "GA": ("Gabonese",), "GM": ("Gambian",), "GE": ("Georgian",),
    "DE": ("German",), "GH": ("Ghanaian", "Ghanian"), "GR": ("Greek",),
    "GT": ("Guatemalan",), "GN": ("Guinean",), "GY": ("Guyanese",), "HT": ("Haitian",),
    "HN": ("Honduran",), "HU": ("Hungarian",), "IS": ("Icelandic",), "IN": ("Indian",),
    "ID": ("Indonesian",), "IR": ("Iranian",), "IQ": ("Iraqi",), "IE": ("Irish",),
    "IL": ("Israeli",), "IT": ("Italian",), "CI": ("Ivorian",), "JM": ("Jamaican",),
    "JP": ("Japanese",), "JO": ("Jordanian",), "KZ": ("Kazakh", "Kazakhstani"),
    "KE": ("Kenyan",), "KW": ("Kuwaiti",), "KG": ("Kyrgyz",), "LA": ("Lao", "Laotian"),
    "LV": ("Latvian",), "LB": ("Lebanese",), "LS": ("Basotho", "Lesothan"),
    "LR": ("Liberian",), "LY": ("Libyan",), "LT": ("Lithuanian",),
    "LU": ("Luxembourgish",), "MG": ("Malagasy",), "MW": ("Malawian",),
    "MY": ("Malaysian",), "MV": ("Maldivian",), "ML": ("Malian",), "MT": ("Maltese",),
    "MR": ("Mauritanian",), "MU": ("Mauritian",), "MX": ("Mexican",),
    "MD": ("Moldovan",), "MN": ("Mongolian",), "ME": ("Montenegrin",),
    "MA": ("Moroccan",), "MZ": ("Mozambican",), "MM": ("Myanmar's", "Burmese"),
    "NA": ("Namibian",), "NP": ("Nepali", "Nepalese"), "NL": ("Dutch",),
    "NZ": ("New Zealander",), "NI": ("Nicaraguan",), "NE": ("Nigerien",),
    "NG": ("Nigerian",), "KP": ("North Korean",), "NO": ("Norwegian",),
    "OM": ("Omani",), "PK": ("Pakistani",), "PS": ("Palestinian",),
    "PA": ("Panamanian",), "PG": ("Papua New Guinean",), "PY": ("Paraguayan",),
    "PE": ("Peruvian",), "PH": ("Filipino", "Philippine"), "PL": ("Polish",),
    "PT": ("Portuguese",), "QA": ("Qatari",), "RO": ("Romanian",),
    "RU": ("Russian",), "RW": ("Rwandan",), "SA": ("Saudi", "Saudi Arabian"),
    "SN": ("Senegalese",), "RS": ("Serbian",), "SL": ("Sierra Leonean",),
    "SG": ("Singaporean",), "SK": ("Slovak",), "SI": ("Slovenian", "Slovene"),
    "SO": ("Somali",), "ZA": ("South African",), "KR": ("South Korean", "Korean"),
    "SS": ("South Sudanese",), "ES": ("Spanish",), "LK": ("Sri Lankan",),
    "SD": ("Sudanese",), "SR": ("Surinamese",), "SE": ("Swedish",),
    "CH": ("Swiss",), "SY": ("Syrian",), "TJ": ("Tajik", "Tajikistani"),
    "TZ": ("Tanzanian",), "TH": ("Thai",), "TG": ("Togolese",), "TN": ("Tunisian",),
    "TR": ("Turkish",), "TM": ("Turkmen",), "UG": ("Ugandan",), "UA": ("Ukrainian",),
    "AE": ("Emirati",), "GB": ("British",), "US": ("American",),
    "UY": ("Uruguayan",), "UZ": ("Uzbek", "Uzbekistani"), "VE": ("Venezuelan",),
    "VN": ("Vietnamese",), "YE": ("Yemeni",), "ZM": ("Zambian",), "ZW": ("Zimbabwean",),
}

# Names that look like countries but are not listed as countries (SCHEMA.md):
# Chinese special regions and Taiwan, and continent/region adjectives.
NOT_COUNTRIES: frozenset[str] = frozenset({
    "Hong Kong", "Macao", "Macau", "Taiwan", "Hong Kong SAR", "Macao SAR",
    "Africa", "African", "Asia", "Asian", "Europe", "European", "ASEAN",
    "Latin America", "Latin American", "South America", "North America",
    "Middle East", "Arab", "Pacific", "Caribbean", "Central Asia", "Central Asian",
})

# The regions of several countries among them ("African", "ASEAN"): a body named after one
# is a body of states, not of one country.
CHINESE_REGIONS: frozenset[str] = frozenset({"Hong Kong", "Macao", "Macau", "Taiwan",
                                              "Hong Kong SAR", "Macao SAR"})
REGIONS_OF_STATES: frozenset[str] = NOT_COUNTRIES - CHINESE_REGIONS

# Words after a country adjective that make it a language, not a country.
LANGUAGE_NOUNS: frozenset[str] = frozenset({"language", "languages", "speaking", "speakers"})

# Capitals of the world's countries and other large cities (a generic list).
WORLD_CITIES: frozenset[str] = frozenset({
    # Capitals
    "Kabul", "Tirana", "Algiers", "Luanda", "Buenos Aires", "Yerevan", "Canberra",
    "Vienna", "Baku", "Manama", "Dhaka", "Minsk", "Brussels", "Porto-Novo", "Thimphu",
    "La Paz", "Sarajevo", "Gaborone", "Brasilia", "Brasília", "Bandar Seri Begawan",
    "Sofia", "Ouagadougou", "Gitega", "Bujumbura", "Phnom Penh", "Yaounde", "Yaoundé",
    "Ottawa", "Praia", "Bangui", "N'Djamena", "Santiago", "Beijing", "Bogota", "Bogotá",
    "Moroni", "Kinshasa", "Brazzaville", "San Jose", "Zagreb", "Havana", "Nicosia",
    "Prague", "Copenhagen", "Djibouti", "Santo Domingo", "Quito", "Cairo",
    "San Salvador", "Malabo", "Asmara", "Tallinn", "Mbabane", "Addis Ababa", "Suva",
    "Helsinki", "Paris", "Libreville", "Banjul", "Tbilisi", "Berlin", "Accra", "Athens",
    "Guatemala City", "Conakry", "Bissau", "Georgetown", "Port-au-Prince", "Tegucigalpa",
    "Budapest", "Reykjavik", "New Delhi", "Delhi", "Jakarta", "Tehran", "Baghdad",
    "Dublin", "Jerusalem", "Tel Aviv", "Rome", "Yamoussoukro", "Abidjan", "Kingston",
    "Tokyo", "Amman", "Astana", "Nur-Sultan", "Nairobi", "Tarawa", "Pristina",
    "Kuwait City", "Bishkek", "Vientiane", "Riga", "Beirut", "Maseru", "Monrovia",
    "Tripoli", "Vaduz", "Vilnius", "Luxembourg", "Antananarivo", "Lilongwe",
    "Kuala Lumpur", "Male", "Bamako", "Valletta", "Majuro", "Nouakchott", "Port Louis",
    "Mexico City", "Palikir", "Chisinau", "Monaco", "Ulaanbaatar", "Ulan Bator",
    "Podgorica", "Rabat", "Maputo", "Naypyidaw", "Nay Pyi Taw", "Windhoek", "Kathmandu",
    "Amsterdam", "The Hague", "Wellington", "Managua", "Niamey", "Abuja", "Pyongyang",
    "Skopje", "Oslo", "Muscat", "Islamabad", "Ngerulmud", "Panama City",
    "Port Moresby", "Asuncion", "Asunción", "Lima", "Manila", "Warsaw", "Lisbon",
    "Doha", "Bucharest", "Moscow", "Kigali", "Apia", "San Marino", "Riyadh", "Dakar",
    "Belgrade", "Victoria", "Freetown", "Singapore", "Bratislava", "Ljubljana",
    "Honiara", "Mogadishu", "Pretoria", "Cape Town", "Seoul", "Juba", "Madrid",
    "Colombo", "Khartoum", "Paramaribo", "Stockholm", "Bern", "Damascus", "Dushanbe",
    "Dodoma", "Dar es Salaam", "Bangkok", "Dili", "Lome", "Lomé", "Nuku'alofa",
    "Port of Spain", "Tunis", "Ankara", "Ashgabat", "Funafuti", "Kampala", "Kyiv",
    "Kiev", "Abu Dhabi", "London", "Washington", "Washington, D.C.", "Montevideo",
    "Tashkent", "Port Vila", "Caracas", "Hanoi", "Sana'a", "Sanaa", "Lusaka", "Harare",
    # Large cities elsewhere
    "New York", "Los Angeles", "Chicago", "Houston", "San Francisco", "Boston",
    "Seattle", "Toronto", "Vancouver", "Montreal", "Sydney", "Melbourne", "Brisbane",
    "Perth", "Auckland", "Sao Paulo", "São Paulo", "Rio de Janeiro", "Istanbul",
    "Saint Petersburg", "St. Petersburg", "Kazan", "Novosibirsk", "Yekaterinburg",
    "Vladivostok", "Almaty", "Samarkand", "Bukhara", "Osh", "Karachi", "Lahore",
    "Mumbai", "Bangalore", "Bengaluru", "Chennai", "Kolkata", "Hyderabad", "Osaka",
    "Kyoto", "Yokohama", "Busan", "Ho Chi Minh City", "Surabaya", "Bandung",
    "Yangon", "Mandalay", "Chiang Mai", "Penang",
    "Johor Bahru", "Cebu", "Lagos", "Kano", "Ibadan", "Johannesburg", "Durban",
    "Alexandria", "Casablanca", "Mombasa", "Kumasi", "Douala",
    "Lubumbashi", "Dubai", "Jeddah", "Isfahan", "Manchester", "Birmingham",
    "Edinburgh", "Glasgow", "Oxford", "Cambridge", "Hamburg", "Munich", "Frankfurt",
    "Cologne", "Milan", "Naples", "Turin", "Barcelona", "Valencia", "Seville", "Lyon",
    "Marseille", "Geneva", "Zurich", "Rotterdam", "Antwerp", "Porto", "Krakow",
    "Odesa", "Odessa", "Kharkiv", "Limassol", "Thessaloniki",
    # China: provincial capitals and large cities
    "Shanghai", "Tianjin", "Chongqing", "Guangzhou", "Shenzhen", "Wuhan", "Chengdu",
    "Nanjing", "Hangzhou", "Xi'an", "Xi’an", "Xian", "Changsha", "Zhengzhou", "Jinan",
    "Qingdao", "Shenyang", "Dalian", "Harbin", "Changchun", "Hefei", "Fuzhou",
    "Xiamen", "Nanchang", "Nanning", "Kunming", "Guiyang", "Lanzhou", "Xining",
    "Yinchuan", "Urumqi", "Lhasa", "Hohhot", "Taiyuan", "Shijiazhuang", "Haikou",
    "Sanya", "Suzhou", "Wuxi", "Ningbo", "Wenzhou", "Foshan", "Dongguan", "Zhuhai",
    "Zhongshan", "Huizhou", "Shantou", "Zhanjiang", "Jiangmen", "Zhaoqing", "Shaoxing",
    "Jinhua", "Yiwu", "Changzhou", "Nantong", "Xuzhou", "Yangzhou", "Yantai", "Weifang",
    "Zibo", "Linyi", "Weihai", "Tangshan", "Baoding", "Luoyang", "Kaifeng", "Xianyang",
    "Baoji", "Yan'an", "Liuzhou", "Guilin", "Beihai", "Zunyi", "Mianyang", "Yibin",
    "Yichang", "Xiangyang", "Zhuzhou", "Xiangtan", "Yueyang", "Ganzhou", "Jiujiang",
    "Quanzhou", "Anshan", "Jilin", "Daqing", "Baotou", "Ordos", "Kashgar", "Karamay",
    "Taizhou", "Jiaxing", "Huzhou", "Wuhu", "Bengbu", "Macau", "Macao",
    "Hong Kong", "Taipei",
})

# Provinces, autonomous regions and municipalities of mainland China: an organization
# named after one is Chinese (SCHEMA.md: the province alone does not list China as a
# country named in the text, but it does give an organization's country).
CHINESE_PROVINCES: frozenset[str] = frozenset({
    "Anhui", "Beijing", "Chongqing", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou",
    "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei", "Hunan", "Inner Mongolia", "Jiangsu",
    "Jiangxi", "Jilin", "Liaoning", "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanghai",
    "Shanxi", "Sichuan", "Tianjin", "Tibet", "Xinjiang", "Yunnan", "Zhejiang",
})
