"""Envoice's reference data: the countries, currencies, UI languages, date formats and payment
gateways every account sees (fixed; records point at them by id)."""

from __future__ import annotations

from ..core import Record

_COUNTRIES = (
    ("Afghanistan", "AF"), ("Albania", "AL"), ("Algeria", "DZ"), ("Argentina", "AR"),
    ("Australia", "AU"), ("Austria", "AT"), ("Belgium", "BE"), ("Bosnia and Herzegovina", "BA"),
    ("Brazil", "BR"), ("Bulgaria", "BG"), ("Canada", "CA"), ("Chile", "CL"), ("China", "CN"),
    ("Colombia", "CO"), ("Croatia", "HR"), ("Cyprus", "CY"), ("Czech Republic", "CZ"),
    ("Denmark", "DK"), ("Egypt", "EG"), ("Estonia", "EE"), ("Finland", "FI"), ("France", "FR"),
    ("Germany", "DE"), ("Greece", "GR"), ("Hong Kong", "HK"), ("Hungary", "HU"),
    ("Iceland", "IS"), ("India", "IN"), ("Indonesia", "ID"), ("Ireland", "IE"), ("Israel", "IL"),
    ("Italy", "IT"), ("Japan", "JP"), ("Kosovo", "XK"), ("Latvia", "LV"), ("Lithuania", "LT"),
    ("Luxembourg", "LU"), ("Malaysia", "MY"), ("Malta", "MT"), ("Mexico", "MX"),
    ("Montenegro", "ME"), ("Netherlands", "NL"), ("New Zealand", "NZ"),
    ("North Macedonia", "MK"), ("Norway", "NO"), ("Philippines", "PH"), ("Poland", "PL"),
    ("Portugal", "PT"), ("Romania", "RO"), ("Serbia", "RS"), ("Singapore", "SG"),
    ("Slovakia", "SK"), ("Slovenia", "SI"), ("South Africa", "ZA"), ("South Korea", "KR"),
    ("Spain", "ES"), ("Sweden", "SE"), ("Switzerland", "CH"), ("Turkey", "TR"),
    ("Ukraine", "UA"), ("United Arab Emirates", "AE"), ("United Kingdom", "GB"),
    ("United States", "US"),
)  # fmt: skip

_CURRENCIES = (
    ("US Dollar", "USD", "$"), ("Euro", "EUR", "€"), ("British Pound", "GBP", "£"),
    ("Macedonian Denar", "MKD", "ден"), ("Australian Dollar", "AUD", "A$"),
    ("Canadian Dollar", "CAD", "C$"), ("Swiss Franc", "CHF", "CHF"), ("Japanese Yen", "JPY", "¥"),
    ("Chinese Yuan", "CNY", "¥"), ("Swedish Krona", "SEK", "kr"), ("Norwegian Krone", "NOK", "kr"),
    ("Danish Krone", "DKK", "kr"), ("Polish Zloty", "PLN", "zł"), ("Czech Koruna", "CZK", "Kč"),
    ("Hungarian Forint", "HUF", "Ft"), ("Romanian Leu", "RON", "lei"),
    ("Bulgarian Lev", "BGN", "лв"), ("Serbian Dinar", "RSD", "дин."),
    ("Turkish Lira", "TRY", "₺"), ("Indian Rupee", "INR", "₹"), ("Brazilian Real", "BRL", "R$"),
    ("Mexican Peso", "MXN", "$"), ("New Zealand Dollar", "NZD", "NZ$"),
    ("Singapore Dollar", "SGD", "S$"), ("Hong Kong Dollar", "HKD", "HK$"),
    ("South African Rand", "ZAR", "R"), ("Israeli New Shekel", "ILS", "₪"),
    ("UAE Dirham", "AED", "د.إ"), ("South Korean Won", "KRW", "₩"),
    ("Bosnia-Herzegovina Convertible Mark", "BAM", "KM"), ("Ukrainian Hryvnia", "UAH", "₴"),
    ("Icelandic Krona", "ISK", "kr"),
)  # fmt: skip

_UI_LANGUAGES = (
    ("English", "en-US"), ("Macedonian", "mk-MK"), ("German", "de-DE"), ("French", "fr-FR"),
    ("Spanish", "es-ES"), ("Italian", "it-IT"), ("Dutch", "nl-NL"), ("Portuguese", "pt-PT"),
    ("Serbian", "sr-Latn-RS"), ("Croatian", "hr-HR"), ("Slovenian", "sl-SI"),
    ("Bulgarian", "bg-BG"), ("Albanian", "sq-AL"), ("Turkish", "tr-TR"), ("Polish", "pl-PL"),
    ("Swedish", "sv-SE"),
)  # fmt: skip

DATE_FORMATS = (
    "dd/MM/yyyy", "MM/dd/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "dd-MM-yyyy", "MM-dd-yyyy",
    "yyyy/MM/dd", "d MMM yyyy", "MMM d, yyyy",
)  # fmt: skip

_WIDE = "USD EUR GBP AUD CAD CHF JPY SEK NOK DKK PLN CZK HUF RON BGN NZD SGD HKD MXN BRL ILS"
_GATEWAYS = (  # gateway name (as in the payment Type enum) -> currencies it settles
    ("Paypal", _WIDE),
    ("Stripe", _WIDE + " INR ZAR AED TRY CNY KRW ISK UAH BAM RSD MKD"),
    ("Payoneer", "USD EUR GBP"),
    ("Square", "USD CAD GBP AUD JPY EUR"),
    ("KlikAndPay", "EUR"),
    ("Razorpay", "INR USD EUR GBP"),
    ("Wepay", "USD CAD GBP"),
    ("Halkbank", "MKD EUR USD"),
    ("TwoCheckout", "USD EUR GBP CAD AUD CHF SEK NOK DKK"),
    ("PaymentWall", "USD EUR"),
    ("BamboraEU", "EUR SEK DKK NOK"),
    ("BamboraNA", "CAD USD"),
    ("Nlb", "MKD EUR"),
    ("AuthorizeNet", "USD CAD GBP EUR AUD"),
    ("Braintree", _WIDE),
)

COUNTRIES: tuple[Record, ...] = tuple(
    {"Id": i, "Name": name, "Value": code} for i, (name, code) in enumerate(_COUNTRIES, 1)
)
CURRENCIES: tuple[Record, ...] = tuple(
    {"Id": i, "Name": name, "Value": code, "Code": code, "Symbol": symbol}
    for i, (name, code, symbol) in enumerate(_CURRENCIES, 1)
)
UI_LANGUAGES: tuple[Record, ...] = tuple(
    {"Id": i, "Name": name, "UiCulture": culture}
    for i, (name, culture) in enumerate(_UI_LANGUAGES, 1)
)
_CURRENCY_NAMES = {code: name for name, code, _ in _CURRENCIES}
PAYMENT_GATEWAYS: tuple[Record, ...] = tuple(
    {
        "Name": name,
        "SupportedCurrencies": [{"Name": _CURRENCY_NAMES[c], "Value": c} for c in codes.split()],
    }
    for name, codes in _GATEWAYS
)
