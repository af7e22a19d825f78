"""The words of one newsroom beat, for bench/generate.py's `--shape beat`: prisoners,
sanctions and courts.

Where the invented shape draws every word from thousands of made-up ones, here
thousands of claims share the beat's real English words ("prisoners", "released",
"sanctions", "court", "sentenced", "minister", "opposition"), real first names,
surnames, cities, countries and organisations, and numbers and dates written the
many ways newsrooms write them ("1,450", "forty", "a dozen", "£2.5bn", "12 per
cent", "13 December 2025", "December 13, 2025", "2025-12-13", "13/12/2025").
Every statement carries figures or dates with enough spread that two statements
read alike only when one was planted as the other's near-duplicate.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable


def _words(text: str) -> list[str]:
    """The names of a pool written as words apart."""
    return text.split()


def _phrases(text: str) -> list[str]:
    """The entries of a pool written as phrases between bars, over several lines."""
    return text.replace("\n", "").split("|")


FIRST_NAMES = _words("""
Anna Maria Olga Elena Irina Natalia Svetlana Tatiana Yulia Katerina Daria Sofia Alina Marina
Veronika Ludmila Nadia Vera Zoya Galina Ales Maxim Viktor Sergei Andrei Dmitri Pavel Igor Oleg
Mikhail Nikolai Alexei Ivan Yuri Roman Artem Denis Anton Boris Leonid Piotr Tomasz Marek Jan
Karel Ondrej Lukas Janos Gabor Istvan Zoltan Mihai Radu Bogdan Stefan Goran Milos Dragan Ahmed
Omar Yusuf Mehmet Emre Kemal Ali Hassan Reza Farid Nasrin Leila Fatima Amina Zainab Ayesha
Daniel Michael David James John Robert Thomas Peter Paul Mark Sarah Emma Laura Claire Julia
Helen Rachel Hannah Lucia Carmen Isabel Pablo Carlos Miguel Javier Luis Jorge Ricardo Fernando
Ana Beatriz Wei Jun Min Ling Mei Hyun Jiwoo Thanh Linh Aung Thura Grace Joseph Samuel Esther
Ruth Kwame Chinedu Ngozi Tendai Wanjiru Giorgi Nino Levan Tamar Aram Anahit Rustam Dilnoza
Timur Aigerim Bakyt Saule Nursultan Kairat Luisa Gabriela Valentina Sebastian Mateo Diego Rosa
""")
SURNAMES = _words("""
Ivanov Petrov Sidorov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov
Solovyov Vasiliev Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Kovalenko Bondarenko
Tkachenko Shevchenko Kravchenko Melnyk Boyko Kovalchuk Marchenko Savchenko Novak Kowalski
Wisniewski Wojcik Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski Horvath Nagy
Kovacs Szabo Toth Varga Popescu Ionescu Dumitru Georgescu Petrovic Jovanovic Nikolic Markovic
Djordjevic Yilmaz Kaya Demir Sahin Celik Aydin Ozturk Arslan Hosseini Ahmadi Karimi Rahimi
Mohammadi Hashemi Rezaei Haddad Khalil Mansour Nasser Saleh Hamdan Aziz Rahman Hussain Khan
Chaudhry Malik Smith Johnson Brown Taylor Wilson Davies Evans Roberts Walker Wright Thompson
White Hughes Edwards Green Hall Wood Harris Clarke Jackson Turner Hill Moore Garcia Martinez
Rodriguez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Ortiz
Silva Santos Oliveira Pereira Costa Ferreira Almeida Carvalho Rossi Russo Ferrari Esposito
Bianchi Romano Colombo Ricci Marino Greco Muller Schmidt Schneider Fischer Weber Meyer Wagner
Becker Hoffmann Schulz Dubois Bernard Moreau Laurent Lefebvre Girard Chen Wang Zhang Liu Yang
Huang Zhao Zhou Kim Lee Park Choi Jung Nguyen Tran Pham Hoang O'Brien Murphy Kelly Byrne Ryan
Doyle Mensah Okafor Adeyemi Mwangi Otieno Kariuki Banda Phiri Dlamini Nkosi Beridze Kapanadze
Gelashvili Lomidze Grigoryan Harutyunyan Sargsyan Aliyev Mammadov Huseynov Karimov Rakhimov
Nurmagambetov Abdullaev Tursunov Sultanov Yusupov Ismailov Orlov Belov Zhukov Frolov Gusev
""")
CITIES = _phrases("""
Minsk|Gomel|Grodno|Brest|Vitebsk|Mogilev|Moscow|Kazan|Omsk|Samara|Tbilisi|Batumi|Kutaisi|Yerevan
|Gyumri|Baku|Ganja|Tashkent|Samarkand|Almaty|Astana|Bishkek|Osh|Dushanbe|Ashgabat|Kyiv|Lviv
|Kharkiv|Odesa|Dnipro|Warsaw|Krakow|Gdansk|Wroclaw|Lublin|Vilnius|Kaunas|Riga|Tallinn|Prague
|Brno|Bratislava|Budapest|Debrecen|Bucharest|Cluj|Chisinau|Sofia|Plovdiv|Belgrade|Novi Sad
|Zagreb|Sarajevo|Skopje|Tirana|Podgorica|Athens|Istanbul|Ankara|Izmir|Diyarbakir|Tehran|Isfahan
|Tabriz|Shiraz|Baghdad|Basra|Erbil|Damascus|Aleppo|Homs|Beirut|Amman|Cairo|Alexandria|Tunis
|Sfax|Algiers|Oran|Rabat|Casablanca|Tripoli|Benghazi|Khartoum|Omdurman|Addis Ababa|Asmara
|Nairobi|Mombasa|Kampala|Kigali|Harare|Bulawayo|Lusaka|Lagos|Abuja|Kano|Accra|Dakar|Caracas
|Maracaibo|Valencia|Havana|Santiago de Cuba|Managua|Leon|Bogota|Medellin|Quito|Lima|La Paz
|Santa Cruz|Buenos Aires|Montevideo|Brasilia|Mexico City|Beijing|Shanghai|Hong Kong|Urumqi
|Lhasa|Hanoi|Da Nang|Yangon|Mandalay|Phnom Penh|Bangkok|Chiang Mai|Manila|Jakarta|Dhaka
|Chittagong|Karachi|Lahore|Islamabad|Peshawar|Kabul|Herat|Kandahar|Colombo|Kathmandu
|Pyongyang|Seoul|London|Paris|Berlin|Brussels|Geneva|Vienna|The Hague|Strasbourg|Oslo
|Stockholm|Helsinki|Copenhagen|Washington|New York|Ottawa|Madrid|Rome|Lisbon|Doha|Muscat
""")
COUNTRIES = _phrases("""
Belarus|Russia|Georgia|Armenia|Azerbaijan|Uzbekistan|Kazakhstan|Kyrgyzstan|Tajikistan
|Turkmenistan|Ukraine|Moldova|Serbia|Hungary|Turkey|Iran|Iraq|Syria|Lebanon|Egypt|Tunisia
|Algeria|Morocco|Libya|Sudan|Ethiopia|Eritrea|Uganda|Rwanda|Zimbabwe|Nigeria|Cameroon
|Venezuela|Cuba|Nicaragua|Bolivia|Ecuador|China|Vietnam|Myanmar|Cambodia|Laos|Thailand
|Bangladesh|Pakistan|Afghanistan|North Korea|Saudi Arabia|Bahrain|Oman|Qatar|Jordan|Kuwait
""")
BLOCS = [
    "The European Union", "The United States", "The United Kingdom", "Canada", "Switzerland",
    "Japan", "Norway", "Australia", "The US Treasury", "The EU Council", "The British government",
    "The State Department", "The UN Security Council",
]  # fmt: skip
INTERNATIONAL = [
    "Amnesty International", "Human Rights Watch", "the United Nations",
    "the UN Human Rights Council", "the International Committee of the Red Cross",
    "Reporters Without Borders", "the Committee to Protect Journalists", "Freedom House",
    "the Council of Europe", "the OSCE", "the European Court of Human Rights",
    "Transparency International", "Front Line Defenders", "the World Bank",
    "the International Monetary Fund", "the UN refugee agency", "the Vatican",
    "the International Federation of Journalists", "the World Organisation Against Torture",
]  # fmt: skip
NATIONAL = [
    "the {country} Interior Ministry", "the Justice Ministry of {country}",
    "the prosecutor general of {country}", "the {country} Helsinki Committee",
    "the {country} Bar Association", "the {country} Association of Journalists",
    "the central bank of {country}", "the state news agency of {country}",
    "the {city} Prison Monitoring Group", "the {city} Centre for Human Rights",
    "the {surname} Foundation", "the {city} city council", "the {city} police department",
]  # fmt: skip
ROLES = _phrases("""
opposition leader|opposition politician|former presidential candidate|human rights lawyer
|human rights activist|journalist|blogger|trade union leader|student activist|former minister
|former ambassador|businessman|economist|political analyst|priest|academic|poet|musician
|opposition activist|campaign manager|election observer|doctor|environmental activist
|charity worker|former judge|former police officer|newspaper editor|television presenter
|photographer|lawyer|teacher|former mayor|member of parliament|party chairman|filmmaker
""")
CHARGES = _phrases("""
tax evasion|extremism|organising mass riots|treason|insulting the president|inciting hatred
|bribery|money laundering|espionage|calling for sanctions|conspiracy to seize power|smuggling
|financing protests|taking part in an extremist group|spreading false information
|discrediting the armed forces|abuse of office|fraud|hooliganism|illegal border crossing
|disobeying the police|terrorism|violating public order|insulting a judge|embezzlement
|sabotage|illegal possession of weapons|undermining national security|slander
""")
TARGETS = _phrases("""
potash exports|the national airline|state banks|oil refineries|steel exports|fertiliser producers
|senior officials|judges|the state television company|arms exporters|tobacco companies
|mining companies|shipping firms|the central bank|timber exports|gold traders|prison officials
|the security service|the election commission|defence companies|the state oil company
""")
GOODS = _phrases("""
potash|fertiliser|oil|steel|timber|cotton|gas|grain|gold|aluminium|cement|machinery|cars|tobacco
""")
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
NUMBER_WORDS = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "a dozen", "two dozen", "three dozen", "a hundred", "two hundred", "three hundred",
    "four hundred", "five hundred", "a thousand", "two thousand",
]  # fmt: skip
TERM_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
              "twelve", "fifteen", "twenty"]  # fmt: skip

STATEMENTS = (
    "{country} released {count} political prisoners on {date}, {org} said.",
    "{court} sentenced {role} {person} to {term} in prison on {date}.",
    "{person}, {age}, {a_role}, was arrested in {city} on {date} and charged with {charge}.",
    "{bloc} imposed sanctions on {count} officials and {count2} companies of {country} on {date}.",
    "The government of {country} pardoned {count} prisoners convicted of {charge} on {date}, {days} days before the election.",
    "{org} counted {count} political prisoners in {country} on {date}, up from {count2} a year earlier.",
    "The appeals court in {city} upheld the {term_adj} sentence of {role} {person}, {age}, on {date}.",
    "{bloc} lifted sanctions on {target} of {country} on {date} after {days} days of talks in {city}.",
    "{person}, {age}, served {term} of a {term_adj} sentence before being freed on {date}.",
    "The foreign minister of {country} said on {date} that {count} prisoners would be released within {days} days.",
    "Prosecutors in {city} asked on {date} for {term} in prison for {role} {person}, {age}, accused of {charge}.",
    "Sanctions cost {country} about {money} in lost exports and {count} jobs in the {months} months to {date}, according to {org}.",
    "Police detained {count} people in {city} during opposition protests on {date}, and charged {count2} of them.",
    "{bloc} extended its sanctions against {count} officials of {country} for another {months} months on {date}.",
    "A court in {city} acquitted {person}, {age}, {a_role}, of {charge} on {date}.",
    "{count} prisoners were deported to {country2} after their release on {date}, {org} said.",
    "The opposition in {country} said {pct} of the {number} prisoners freed since {date} were women.",
    "{person}, {age}, was extradited from {country2} to {country} on {date} to face charges of {charge}.",
    "The supreme court of {country} overturned the conviction of {role} {person}, {age}, on {date}.",
    "Lawyers for {person}, {age}, appealed on {date} against a sentence of {term} for {charge}.",
    "The justice minister of {country} said {count} prisoners had asked for a pardon between {date} and {date2}.",
    "{org} said {person} had been held in solitary confinement for {days} days in a prison near {city} before {date}.",
    "The government of {country} froze assets worth {money} belonging to {count} businessmen and {count2} companies on {date}.",
    "Police in {city} arrested {count} journalists in {month_year}, {org} said on {date}.",
    "Trade in {goods} between {country} and {country2} fell by {pct} to {money} in the year to {date}.",
    "{person}, {age}, the {role}, was released on {date} after {term} in a prison colony near {city}.",
    "{country} and {country2} exchanged {count} prisoners at the border on {date}, {org} said.",
    "{court} fined {role} {person}, {age}, {money} for {charge} on {date}.",
    "{bloc} added {count} companies and {count2} people from {country} to its sanctions list on {date}.",
    "Only {number} of the {number2} prisoners pardoned in {country} since {date} were political prisoners, {org} said.",
    "The president of {country} commuted the sentences of {count} prisoners, {count2} of them convicted of {charge}, on {date}.",
    "{person} went on hunger strike in a prison in {city} on {date}, {days} days after being sentenced.",
)  # fmt: skip
UNCHECKED = (
    "Families of the prisoners gathered outside the court in {city} to wait for news.",
    "The opposition called the verdict a warning to anyone who speaks out against the government.",
    "Human rights groups say political prisoners are often denied medical care.",
    "The ministry did not respond to a request for comment.",
    "Diplomats in {city} described the talks on sanctions as difficult but useful.",
    "Relatives said the released prisoners were tired but in good spirits.",
    "The sanctions have hit the economy of {country} hard, business leaders say.",
    "Lawyers for the defendants said they had not been allowed to see the evidence.",
    "Observers were not allowed into the courtroom in {city}.",
    "It was not clear whether further releases would follow.",
    "The government of {country} has always denied holding political prisoners.",
    "Supporters of the opposition held a small rally near the prison in {city}.",
    "The judge read out the verdict at a closed hearing.",
    "{org} called for the immediate release of all political prisoners.",
    "Officials in {city} would not say when the next prisoner exchange would take place.",
    "The minister said the sanctions were aimed at officials, not at ordinary people.",
    "Those freed were taken straight to the border and handed over to diplomats.",
    "The court's decision cannot be appealed, according to the defence.",
    "Her husband said he learned of the sentence from a television report.",
    "Talks between the two governments are expected to continue in {city}.",
)  # fmt: skip
HEADLINES = (
    "{country} frees {count} prisoners as sanctions are eased",
    "Court in {city} jails {role} for {term}",
    "{bloc} extends sanctions on {country}",
    "Opposition figures released from prisons in {country}",
    "Prisoners deported after their release in {country}",
    "Sanctions on {target} of {country} lifted after talks in {city}",
    "Trial of {role} {person} opens in {city}",
    "Rights groups count political prisoners in {country}",
    "Appeal rejected for jailed {role} in {city}",
    "What the sanctions on {country} mean for {target}",
)  # fmt: skip
_PAPERS = _words("Herald Courier Times Post Gazette Chronicle Observer Tribune Record Journal")
_AGENCIES = _words("Baltic Caspian Danube Levant Andean Mekong Sahel Caucasus Adriatic Steppe")
PUBLISHERS = sorted(
    {f"The {city} {paper}" for city in CITIES if city.isalpha() for paper in _PAPERS}
)
PUBLISHERS += [f"{name} News Agency" for name in _AGENCIES]
_NUMBERISH = frozenset(
    word for phrase in NUMBER_WORDS for word in phrase.split()
) | frozenset(
    ["a", "an", "and", "half", "third", "thirds", "quarter", "per", "cent", "percent", "million",
     "billion", "bn", "dollars", "euros", "pounds", "dozen", "months", "years", "days"]
)  # fmt: skip
"""Words a near-duplicate leaves alone: changing them would change a figure."""
_SMALL = ("the", "of", "in", "on", "at", "its", "for", "by", "to", "with", "from")
TOPICAL = 0.6
"""How often a slot for a country, a city, a person, a teller or a bloc takes the
article's own rather than any: an article's claims are about one story."""


class Beat:
    """A desk's words for the prisoners, sanctions and courts beat, drawn from `rng`."""

    name = "beat"

    def __init__(self, rng: random.Random) -> None:
        self.publishers = PUBLISHERS
        self.orgs = list(INTERNATIONAL)
        for pattern in NATIONAL:
            for _ in range(40):
                self.orgs.append(
                    pattern.format(
                        country=rng.choice(COUNTRIES),
                        city=rng.choice(CITIES),
                        surname=rng.choice(SURNAMES),
                    )
                )
        self.orgs = sorted(set(self.orgs))
        self._topic: dict[str, list[str]] = {}
        self._slots: dict[str, Callable[[random.Random], str]] = {
            "person": self.person, "role": lambda r: r.choice(ROLES), "a_role": self.a_role,
            "city": lambda r: r.choice(CITIES), "country": lambda r: r.choice(COUNTRIES),
            "country2": lambda r: r.choice(COUNTRIES), "bloc": lambda r: r.choice(BLOCS),
            "org": lambda r: r.choice(self.orgs), "court": self.court,
            "charge": lambda r: r.choice(CHARGES), "target": lambda r: r.choice(TARGETS),
            "goods": lambda r: r.choice(GOODS), "count": count, "count2": count,
            "number": number, "number2": number, "term": term, "term_adj": term_adjective,
            "months": months, "days": lambda r: str(r.randint(3, 400)),
            "age": lambda r: str(r.randint(19, 84)), "date": date, "date2": date,
            "month_year": month_year, "money": money, "pct": percentage,
        }  # fmt: skip

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"

    def a_role(self, rng: random.Random) -> str:
        role = rng.choice(ROLES)
        return ("an " if role[0] in "aeiou" else "a ") + role

    def court(self, rng: random.Random) -> str:
        return rng.choice(
            (
                "The Supreme Court of {country}",
                "The {city} regional court",
                "A district court in {city}",
                "A military court in {city}",
                "The {city} city court",
                "A court in {city}",
            )
        ).format(city=rng.choice(CITIES), country=rng.choice(COUNTRIES))

    def article(self, rng: random.Random) -> None:
        """Start an article: its story's country, cities, people and teller, which most
        of its sentences name (a story about releases in Belarus keeps to Belarus)."""
        self._topic = {
            "country": [rng.choice(COUNTRIES)],
            "country2": [rng.choice(COUNTRIES)],
            "city": [rng.choice(CITIES) for _ in range(2)],
            "person": [self.person(rng) for _ in range(3)],
            "org": [rng.choice(self.orgs)],
            "bloc": [rng.choice(BLOCS)],
        }

    def fill(self, rng: random.Random, template: str) -> str:
        """`template` with each of its slots drawn, in the order they appear, most of the
        story's own from the article's topic; a capital first ("A dozen prisoners")."""
        names = [field for _, field, _, _ in string.Formatter().parse(template) if field]
        values = {}
        for name in names:
            own = self._topic.get(name)
            if own and rng.random() < TOPICAL:
                values[name] = rng.choice(own)
            else:
                values[name] = self._slots[name](rng)
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def statement(self, rng: random.Random) -> str:
        return self.fill(rng, rng.choice(STATEMENTS))

    def unchecked(self, rng: random.Random) -> str:
        return self.fill(rng, rng.choice(UNCHECKED))

    def title(self, rng: random.Random) -> str:
        return self.fill(rng, rng.choice(HEADLINES))

    def source_title(self, rng: random.Random) -> str:
        return self.title(rng)

    def prose(self, rng: random.Random) -> str:
        """A sentence of a draft: most of them read as statements, the rest not."""
        return self.statement(rng) if rng.random() < 0.7 else self.unchecked(rng)

    def duplicate(self, rng: random.Random, text: str) -> str:
        """The statement reworded a little, its figures and names untouched: two words
        swapped, a letter changed, or a small word dropped."""
        words = text.rstrip(".").split()

        def plain(i: int) -> bool:
            word = words[i]
            return word.isalpha() and word.islower() and word not in _NUMBERISH

        kind = rng.choice(("swap", "typo", "drop"))
        pairs = [i for i in range(len(words) - 1) if plain(i) and plain(i + 1)]
        small = [i for i, word in enumerate(words) if word in _SMALL]
        if kind == "swap" and pairs:
            i = rng.choice(pairs)
            words[i], words[i + 1] = words[i + 1], words[i]
        elif kind == "drop" and small and len(words) > 8:
            del words[rng.choice(small)]
        else:
            long = [i for i in range(len(words)) if plain(i) and len(words[i]) > 3]
            i = rng.choice(long)
            j = rng.randrange(1, len(words[i]) - 1)
            words[i] = words[i][:j] + ("a" if words[i][j] != "a" else "e") + words[i][j + 1 :]
        return " ".join(words) + "."


def number(rng: random.Random) -> str:
    """How many, exactly: "123", "1,450", "forty", "a dozen"."""
    roll = rng.random()
    if roll < 0.6:
        return str(rng.randint(2, 999))
    if roll < 0.8:
        return f"{rng.randint(1000, 25000):,}"
    return rng.choice(NUMBER_WORDS)


def count(rng: random.Random) -> str:
    """How many, exactly or not: "123", "1,450", "forty", "a dozen", "more than 300"."""
    if rng.random() < 0.75:
        return number(rng)
    qualifier = rng.choice(("more than", "at least", "about", "nearly", "almost", "over", "some"))
    return f"{qualifier} {rng.randint(10, 2500):,}"


def term(rng: random.Random) -> str:
    """A sentence's length: "11 years", "ten years", "18 months", "three and a half years"."""
    roll = rng.random()
    if roll < 0.5:
        return f"{rng.randint(2, 25)} years"
    if roll < 0.75:
        return f"{rng.choice(TERM_WORDS)} years"
    if roll < 0.9:
        return f"{rng.randint(6, 36)} months"
    return f"{rng.choice(('two', 'three', 'four', 'six'))} and a half years"


def term_adjective(rng: random.Random) -> str:
    """ "11-year", "ten-year", "18-month"."""
    roll = rng.random()
    if roll < 0.55:
        return f"{rng.randint(2, 25)}-year"
    if roll < 0.85:
        return f"{rng.choice(TERM_WORDS)}-year"
    return f"{rng.randint(6, 36)}-month"


def months(rng: random.Random) -> str:
    return str(rng.randint(3, 24)) if rng.random() < 0.7 else rng.choice(("six", "twelve", "three"))


def date(rng: random.Random) -> str:
    """A day, written one of the ways desks write it."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1995, 2026)
    name = MONTH_NAMES[month - 1]
    roll = rng.random()
    if roll < 0.4:
        return f"{day} {name} {year}"
    if roll < 0.65:
        return f"{name} {day}, {year}"
    if roll < 0.78:
        return f"{year}-{month:02d}-{day:02d}"
    if roll < 0.9:
        return f"{day}/{month}/{year}"
    if roll < 0.95:
        return f"{name} {day}"
    return f"{day} {name}"


def month_year(rng: random.Random) -> str:
    return f"{rng.choice(MONTH_NAMES)} {rng.randint(1995, 2026)}"


def money(rng: random.Random) -> str:
    """ "$4 million", "£2.5bn", "€120m", "$350,000", "1.2 billion dollars"."""
    sign = rng.choice("$£€")
    roll = rng.random()
    if roll < 0.3:
        return f"{sign}{rng.randint(2, 900)} million"
    if roll < 0.5:
        return f"{sign}{rng.randint(10, 400) / 10:.1f}bn"
    if roll < 0.65:
        return f"{sign}{rng.randint(2, 900)}m"
    if roll < 0.8:
        return f"{sign}{rng.randint(10, 990) * 1000:,}"
    unit = {"$": "dollars", "£": "pounds", "€": "euros"}[sign]
    return f"{rng.randint(10, 300) / 10:.1f} billion {unit}"


def percentage(rng: random.Random) -> str:
    """ "12 per cent", "40%", "7.5 percent", "a third"."""
    roll = rng.random()
    if roll < 0.35:
        return f"{rng.randint(2, 95)} per cent"
    if roll < 0.6:
        return f"{rng.randint(2, 95)}%"
    if roll < 0.85:
        return f"{rng.randint(10, 950) / 10:.1f} percent"
    return rng.choice(("a third", "two-thirds", "a quarter", "half", "three-quarters"))
