#!/usr/bin/env python3
"""Generate example school-structure files for МАОУ «Гимназия № 24», 2023/2024.

Writes into the parent directory of this script (examples/school/):
  roster.csv, groups.csv        -- cp1251, ';', CRLF
  staff.xlsx, load.xlsx, timetable.xlsx

Deterministic: fixed random seed; xlsx archives are repacked with fixed
timestamps so repeated runs produce byte-identical files.
After writing, every file is re-read from disk and verified; any violation
raises SystemExit with a message (non-zero exit code).
"""
import csv
import datetime
import io
import random
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

SEED = 20230901
OUT = Path(__file__).resolve().parent.parent
SCHOOL = "МАОУ «Гимназия № 24»"
YEAR = "2023/2024"
CLASSES = ["1А", "5А", "9А", "10А", "11А"]
CLASS_SIZES = {"1А": 20, "5А": 25, "9А": 22, "10А": 20, "11А": 18}
DAYS = ["Пн", "Вт", "Ср", "Чт", "Пт"]
MAX_PER_DAY = {"1А": 5, "5А": 7, "9А": 7, "10А": 7, "11А": 7}
ENGLISH = "Английский язык"

ROSTER_HEADER = ["Класс", "Фамилия", "Имя", "Отчество", "Дата рождения",
                 "Дата зачисления", "Родитель", "Телефон", "Email",
                 "Без электронного доступа"]
GROUPS_HEADER = ["Класс", "Предмет", "Группа", "Ученик"]
STAFF_HEADER = ["Фамилия", "Имя", "Отчество", "Роль", "Класс"]
LOAD_HEADER = ["Класс", "Предмет", "Учитель", "Часов в неделю", "Группа"]
TT_HEADER = ["Класс", "День", "Урок", "Предмет", "Группа"]
VALID_ROLES = {"учитель", "классный руководитель", "заместитель", "электроник", "директор"}


def die(msg):
    raise SystemExit("VERIFICATION FAILED: " + msg)


def check(cond, msg):
    if not cond:
        die(msg)


def ru_key(s):
    """Russian alphabetical key: Ё sorts with Е (tie: Е before Ё)."""
    low = s.lower()
    return (low.replace("ё", "е"), low.replace("ё", "е\uffff"))


# --------------------------------------------------------------------------
# Staff
# --------------------------------------------------------------------------
# (Фамилия, Имя, Отчество, roles, class led)
STAFF = [
    ("Кравченко", "Ольга", "Викторовна", ["директор", "учитель"], ""),
    ("Пахомова", "Наталья", "Геннадьевна", ["заместитель", "учитель"], ""),
    ("Литвиненко", "Сергей", "Андреевич", ["заместитель"], ""),
    ("Шестаков", "Денис", "Игоревич", ["электроник"], ""),
    ("Ковальчук", "Марина", "Александровна", ["учитель", "классный руководитель"], "1А"),
    ("Белова", "Татьяна", "Николаевна", ["учитель", "классный руководитель"], "5А"),
    ("Лаптева", "Светлана", "Михайловна", ["учитель", "классный руководитель"], "9А"),
    ("Григорьева", "Людмила", "Анатольевна", ["учитель", "классный руководитель"], "10А"),
    ("Захарова", "Елена", "Борисовна", ["учитель", "классный руководитель"], "11А"),
    ("Архипов", "Михаил", "Евгеньевич", ["учитель"], ""),
    ("Ефимов", "Роман", "Алексеевич", ["учитель"], ""),
    ("Гриценко", "Андрей", "Валерьевич", ["учитель"], ""),
    ("Ким", "Анастасия", "Вячеславовна", ["учитель"], ""),
    ("Кузьмина", "Оксана", "Юрьевна", ["учитель"], ""),
    ("Мельников", "Виталий", "Олегович", ["учитель"], ""),
    ("Новиков", "Игорь", "Владимирович", ["учитель"], ""),
    ("Осипова", "Дарья", "Сергеевна", ["учитель"], ""),
    ("Павленко", "Кристина", "Дмитриевна", ["учитель"], ""),
    ("Руденко", "Галина", "Степановна", ["учитель"], ""),
    ("Сидоренко", "Валентина", "Павловна", ["учитель"], ""),
    ("Соловьёва", "Ирина", "Петровна", ["учитель"], ""),
    ("Тарасова", "Юлия", "Игоревна", ["учитель"], ""),
    ("Фролова", "Наталья", "Викторовна", ["учитель"], ""),
    ("Широков", "Владимир", "Николаевич", ["учитель"], ""),
]


def fio(s):
    return f"{s[0]} {s[1]} {s[2]}"


T = {s[0]: fio(s) for s in STAFF}  # surname -> full ФИО (surnames are unique)

# --------------------------------------------------------------------------
# Load: (class, subject, hours, [(teacher surname, group)])
# --------------------------------------------------------------------------
SENIOR = [  # 10А/11А common part
    ("Алгебра", 2), ("Геометрия", 2), ("Вероятность и статистика", 1),
    ("Информатика", 1), ("История", 2), ("Обществознание", 2), ("География", 1),
    ("Физика", 2), ("Химия", 1), ("Биология", 1), ("Физическая культура", 2),
    ("ОБЗР", 1),
]


def build_load():
    L = []

    def add(cls, subj, hours, teachers):
        L.append((cls, subj, hours, teachers))

    # 1А
    for subj, h in [("Русский язык", 5), ("Литературное чтение", 4), ("Математика", 4),
                    ("Окружающий мир", 2), ("Изобразительное искусство", 1)]:
        add("1А", subj, h, [("Ковальчук", "")])
    add("1А", "Музыка", 1, [("Соловьёва", "")])
    add("1А", "Труд (технология)", 1, [("Ковальчук", "")])
    add("1А", "Физическая культура", 2, [("Гриценко", "")])
    # 5А
    add("5А", "Русский язык", 5, [("Белова", "")])
    add("5А", "Литература", 3, [("Белова", "")])
    add("5А", ENGLISH, 3, [("Ким", "1"), ("Тарасова", "2")])
    add("5А", "Математика", 5, [("Лаптева", "")])
    add("5А", "История", 2, [("Григорьева", "")])
    add("5А", "География", 1, [("Сидоренко", "")])
    add("5А", "Биология", 1, [("Фролова", "")])
    add("5А", "Изобразительное искусство", 1, [("Павленко", "")])
    add("5А", "Музыка", 1, [("Соловьёва", "")])
    add("5А", "Труд (технология)", 2, [("Руденко", "")])
    add("5А", "Физическая культура", 2, [("Гриценко", "")])
    add("5А", "ОДНКНР", 1, [("Григорьева", "")])
    # 9А
    add("9А", "Русский язык", 3, [("Белова", "")])
    add("9А", "Литература", 3, [("Белова", "")])
    add("9А", ENGLISH, 3, [("Ким", "1"), ("Тарасова", "2")])
    add("9А", "Алгебра", 3, [("Лаптева", "")])
    add("9А", "Геометрия", 2, [("Лаптева", "")])
    add("9А", "Вероятность и статистика", 1, [("Лаптева", "")])
    add("9А", "Информатика", 1, [("Ефимов", "")])
    add("9А", "История", 2, [("Григорьева", "")])
    add("9А", "Обществознание", 1, [("Григорьева", "")])
    add("9А", "География", 2, [("Сидоренко", "")])
    add("9А", "Биология", 2, [("Фролова", "")])
    add("9А", "Физика", 3, [("Архипов", "")])
    add("9А", "Химия", 2, [("Кузьмина", "")])
    add("9А", "Физическая культура", 2, [("Гриценко", "")])
    add("9А", "ОБЗР", 1, [("Широков", "")])
    # 10А / 11А
    senior_teacher = {
        "10А": {"Алгебра": "Новиков", "Геометрия": "Новиков", "Вероятность и статистика": "Новиков",
                "Обществознание": "Кравченко", "Физическая культура": "Мельников"},
        "11А": {"Алгебра": "Пахомова", "Геометрия": "Пахомова", "Вероятность и статистика": "Пахомова",
                "Обществознание": "Кравченко", "Физическая культура": "Мельников"},
    }
    common_teacher = {"Информатика": "Ефимов", "История": "Григорьева", "География": "Сидоренко",
                      "Физика": "Архипов", "Химия": "Кузьмина", "Биология": "Фролова",
                      "ОБЗР": "Широков"}
    for cls in ["10А", "11А"]:
        add(cls, "Русский язык", 2, [("Захарова", "")])
        add(cls, "Литература", 3, [("Захарова", "")])
        add(cls, ENGLISH, 3, [("Ким", "1"), ("Осипова", "2")])
        for subj, h in SENIOR:
            t = senior_teacher[cls].get(subj) or common_teacher[subj]
            add(cls, subj, h, [(t, "")])
        if cls == "10А":
            add(cls, "Индивидуальный проект", 1, [("Ефимов", "")])
    return L


# The course list exactly as specified (used for verification of load.xlsx)
SPEC_COURSES = {
    "1А": [("Русский язык", 5), ("Литературное чтение", 4), ("Математика", 4), ("Окружающий мир", 2),
           ("Изобразительное искусство", 1), ("Музыка", 1), ("Труд (технология)", 1),
           ("Физическая культура", 2)],
    "5А": [("Русский язык", 5), ("Литература", 3), (ENGLISH, 3), ("Математика", 5), ("История", 2),
           ("География", 1), ("Биология", 1), ("Изобразительное искусство", 1), ("Музыка", 1),
           ("Труд (технология)", 2), ("Физическая культура", 2), ("ОДНКНР", 1)],
    "9А": [("Русский язык", 3), ("Литература", 3), (ENGLISH, 3), ("Алгебра", 3), ("Геометрия", 2),
           ("Вероятность и статистика", 1), ("Информатика", 1), ("История", 2), ("Обществознание", 1),
           ("География", 2), ("Биология", 2), ("Физика", 3), ("Химия", 2), ("Физическая культура", 2),
           ("ОБЗР", 1)],
}
SPEC_COURSES["11А"] = [("Русский язык", 2), ("Литература", 3), (ENGLISH, 3)] + SENIOR
SPEC_COURSES["10А"] = SPEC_COURSES["11А"] + [("Индивидуальный проект", 1)]

# --------------------------------------------------------------------------
# Roster
# --------------------------------------------------------------------------
PATR = {  # father's name -> (patronymic m, patronymic f)
    "Александр": ("Александрович", "Александровна"), "Алексей": ("Алексеевич", "Алексеевна"),
    "Андрей": ("Андреевич", "Андреевна"), "Антон": ("Антонович", "Антоновна"),
    "Артём": ("Артёмович", "Артёмовна"), "Вадим": ("Вадимович", "Вадимовна"),
    "Валерий": ("Валерьевич", "Валерьевна"), "Василий": ("Васильевич", "Васильевна"),
    "Виктор": ("Викторович", "Викторовна"), "Виталий": ("Витальевич", "Витальевна"),
    "Владимир": ("Владимирович", "Владимировна"), "Владислав": ("Владиславович", "Владиславовна"),
    "Вячеслав": ("Вячеславович", "Вячеславовна"), "Геннадий": ("Геннадьевич", "Геннадьевна"),
    "Денис": ("Денисович", "Денисовна"), "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"), "Иван": ("Иванович", "Ивановна"),
    "Игорь": ("Игоревич", "Игоревна"), "Илья": ("Ильич", "Ильинична"),
    "Кирилл": ("Кириллович", "Кирилловна"), "Константин": ("Константинович", "Константиновна"),
    "Максим": ("Максимович", "Максимовна"), "Михаил": ("Михайлович", "Михайловна"),
    "Николай": ("Николаевич", "Николаевна"), "Олег": ("Олегович", "Олеговна"),
    "Павел": ("Павлович", "Павловна"), "Пётр": ("Петрович", "Петровна"),
    "Роман": ("Романович", "Романовна"), "Руслан": ("Русланович", "Руслановна"),
    "Сергей": ("Сергеевич", "Сергеевна"), "Станислав": ("Станиславович", "Станиславовна"),
    "Фёдор": ("Фёдорович", "Фёдоровна"), "Юрий": ("Юрьевич", "Юрьевна"),
}
FATHERS = sorted(PATR)
MOTHERS = ["Анна", "Екатерина", "Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана",
           "Юлия", "Марина", "Оксана", "Анастасия", "Мария", "Евгения", "Алёна", "Кристина",
           "Виктория", "Надежда", "Людмила", "Валентина", "Дарья", "Ксения", "Любовь", "Галина"]
BOYS = ["Александр", "Максим", "Артём", "Михаил", "Даниил", "Иван", "Дмитрий", "Кирилл", "Андрей",
        "Егор", "Никита", "Илья", "Матвей", "Тимофей", "Роман", "Владимир", "Ярослав", "Фёдор",
        "Пётр", "Глеб", "Марк", "Лев", "Степан", "Арсений", "Богдан", "Константин", "Денис",
        "Семён", "Савелий", "Захар"]
GIRLS = ["Анастасия", "Мария", "Дарья", "Анна", "Елизавета", "Полина", "Виктория", "Екатерина",
         "Софья", "Александра", "Ксения", "Алёна", "Варвара", "Вероника", "Арина", "Алиса",
         "Валерия", "Ульяна", "Милана", "Ева", "Таисия", "Василиса", "Кира", "Злата",
         "Маргарита", "Юлия"]
_SURN_OV = """Иванов Петров Кузнецов Попов Васильев Соколов Михайлов Фёдоров Морозов Волков
Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин
Зайцев Борисов Яковлев Романов Воробьёв Сергеев Александров Дмитриев Гусев Киселёв Ильин
Максимов Поляков Сорокин Виноградов Ковалёв Медведев Антонов Баранов Филиппов Комаров
Давыдов Беляев Герасимов Богданов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов
Власов Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов
Абрамов Мартынов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов
Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов
Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров
Грачёв Котов Гришин Ефремов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев
Бирюков Горбунов Анисимов Ерёмин Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров
Симонов Харитонов Князев Цветков Левин Воронов Аксёнов Мальцев Логинов Горшков Савин Краснов
Майоров Демидов Рыбаков Сафонов Плотников""".split()
SURNAMES = [(s, s + "а") for s in _SURN_OV]
SURNAMES += [("Покровский", "Покровская"), ("Заболоцкий", "Заболоцкая"), ("Вишневский", "Вишневская"),
             ("Бондаренко", "Бондаренко"), ("Коваленко", "Коваленко"), ("Шевченко", "Шевченко"),
             ("Ткаченко", "Ткаченко"), ("Шевчук", "Шевчук"), ("Кравчук", "Кравчук"),
             ("Пак", "Пак"), ("Цой", "Цой")]
SPECIAL_SURNAMES = {"Ёлкин", "Ершов", "Елисеев", "Жуков", "Смирнов", "Королёв", "Алиев"}
STAFF_SURNAMES = {s[0] for s in STAFF} | {s[0][:-1] for s in STAFF if s[0].endswith("а")}
SURNAMES = [p for p in SURNAMES if p[0] not in SPECIAL_SURNAMES and p[0] not in STAFF_SURNAMES]

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                     "yu", "ya"]))


def tr(s):
    return "".join(TRANSLIT.get(ch, ch) for ch in s.lower())


BIRTH_RANGE = {  # (first date, last date) inclusive
    "1А": (datetime.date(2016, 1, 1), datetime.date(2016, 9, 30)),
    "5А": (datetime.date(2012, 9, 1), datetime.date(2013, 8, 31)),
    "9А": (datetime.date(2008, 9, 1), datetime.date(2009, 8, 31)),
    "10А": (datetime.date(2007, 9, 1), datetime.date(2008, 8, 31)),
    "11А": (datetime.date(2006, 9, 1), datetime.date(2007, 8, 31)),
}
SPEC_BIRTH_YEARS = {"1А": {2016}, "5А": {2012, 2013}, "9А": {2008, 2009},
                    "10А": {2007, 2008}, "11А": {2006, 2007}}


def dstr(d):
    return d.strftime("%d.%m.%Y")


class Student:
    def __init__(self, cls, sur, name, patr, male, birth, father=None):
        self.cls, self.sur, self.name, self.patr, self.male = cls, sur, name, patr, male
        self.birth = birth
        self.father = father  # father's first name (consistent with patronymic) or None
        self.enrolled = ""
        self.parent = ""
        self.phone = ""
        self.email = ""
        self.no_access = ""
        self.transferred = False  # appended at the end of the class list

    @property
    def fio(self):
        return " ".join(p for p in (self.sur, self.name, self.patr) if p)


def rand_date(rng, cls):
    a, b = BIRTH_RANGE[cls]
    return a + datetime.timedelta(days=rng.randrange((b - a).days + 1))


def make_special():
    """Hand-picked students needed for the test scenarios."""
    sp = defaultdict(list)
    d = datetime.date
    # 5А: alphabetical order with Ё (Елисеев < Ёлкин < Ершов < Жуков)
    sp["5А"] += [
        Student("5А", "Елисеев", "Пётр", "Игоревич", True, d(2012, 10, 7), "Игорь"),
        Student("5А", "Ёлкин", "Фёдор", "Андреевич", True, d(2013, 2, 19), "Андрей"),
        Student("5А", "Ершов", "Артём", "Денисович", True, d(2012, 12, 3), "Денис"),
        Student("5А", "Жуков", "Матвей", "Романович", True, d(2013, 6, 25), "Роман"),
    ]
    # 1А: younger sister of Ершов Артём (same parent and phone)
    sp["1А"] += [Student("1А", "Ершова", "Алиса", "Денисовна", False, d(2016, 4, 11), "Денис")]
    # 9А: full namesakes, told apart only by birth date
    sp["9А"] += [
        Student("9А", "Смирнов", "Александр", "Сергеевич", True, d(2009, 3, 14), "Сергей"),
        Student("9А", "Смирнов", "Александр", "Сергеевич", True, d(2008, 11, 2), "Сергей"),
        Student("9А", "Королёва", "Алёна", "Викторовна", False, d(2008, 12, 29), "Виктор"),
    ]
    # 10А: student without a patronymic
    sp["10А"] += [Student("10А", "Алиева", "Амина", "", False, d(2008, 1, 23), None)]
    return sp


def build_roster(rng):
    special = make_special()
    students = []
    used_fio = set()
    for cls in CLASSES:
        lst = list(special[cls])
        used_sur = {s.sur for s in lst}
        pool = SURNAMES
        if cls == "5А":  # keep the Е/Ё/Ж ordering check unambiguous
            pool = [p for p in SURNAMES if p[0][0] not in "ЕЁЖ"]
        while len(lst) < CLASS_SIZES[cls]:
            male = rng.random() < 0.5
            pair = rng.choice(pool)
            sur = pair[0] if male else pair[1]
            if pair[0] in used_sur or pair[1] in used_sur:
                continue
            name = rng.choice(BOYS if male else GIRLS)
            father = rng.choice(FATHERS)
            patr = PATR[father][0 if male else 1]
            st = Student(cls, sur, name, patr, male, rand_date(rng, cls), father)
            if st.fio in used_fio or st.fio == "Смирнов Александр Сергеевич":
                continue
            used_sur.update(pair)
            used_fio.add(st.fio)
            lst.append(st)
        students += lst

    # parents, phones, emails
    used_emails = set()
    domains = ["mail.ru", "mail.ru", "mail.ru", "yandex.ru", "yandex.ru", "gmail.com", "bk.ru",
               "inbox.ru", "list.ru"]
    for st in students:
        masc = st.sur if st.male else (st.sur[:-1] if st.sur.endswith(("ова", "ева", "ёва", "ина")) else
                                       st.sur[:-2] + "ий" if st.sur.endswith("ская") else st.sur)
        fem = st.sur if not st.male else (st.sur + "а" if st.sur.endswith(("ов", "ев", "ёв", "ин")) else
                                          st.sur[:-2] + "ая" if st.sur.endswith("ий") else st.sur)
        if st.father and rng.random() < 0.25:
            p_sur, p_name, p_patr = masc, st.father, PATR[rng.choice(FATHERS)][0]
        else:
            p_sur, p_name, p_patr = fem, rng.choice(MOTHERS), PATR[rng.choice(FATHERS)][1]
        if st.sur == "Алиева":
            p_sur, p_name, p_patr = "Алиева", "Зарема", "Магомедовна"
        st.parent = f"{p_sur} {p_name} {p_patr}"
        if rng.random() < 0.1:
            st.phone = "+7 (4132) %02d-%02d-%02d" % (rng.choice([62, 63, 64, 65, 69]),
                                                     rng.randrange(100), rng.randrange(100))
        else:
            st.phone = "+7 (914) %03d-%02d-%02d" % (rng.randrange(850, 870), rng.randrange(100),
                                                    rng.randrange(100))
        if rng.random() < 0.85:
            while True:
                style = rng.randrange(4)
                s, n = tr(p_sur), tr(p_name)
                local = [f"{s}.{n}", f"{n[0]}.{s}", f"{s}{rng.randrange(70, 100)}",
                         f"{n}_{s}{rng.randrange(1, 30)}"][style]
                email = f"{local}@{rng.choice(domains)}"
                if email not in used_emails:
                    used_emails.add(email)
                    st.email = email
                    break

    # siblings share parent data
    by_fio = {s.fio: s for s in students}
    sis, bro = by_fio["Ершова Алиса Денисовна"], by_fio["Ершов Артём Денисович"]
    bro.parent, bro.phone, bro.email = "Ершова Наталья Владимировна", "+7 (914) 862-40-17", "ershova.natalya@mail.ru"
    sis.parent, sis.phone, sis.email = bro.parent, bro.phone, bro.email
    # the 9А namesakes get clearly different parents
    sm = sorted((s for s in students if s.fio == "Смирнов Александр Сергеевич"), key=lambda s: s.birth)
    sm[0].parent, sm[0].phone, sm[0].email = ("Смирнова Ольга Викторовна", "+7 (914) 855-61-03",
                                              "olga.smirnova@mail.ru")
    sm[1].parent, sm[1].phone, sm[1].email = ("Смирнов Сергей Александрович", "+7 (4132) 62-37-90",
                                              "s.smirnov@yandex.ru")

    # enrolment dates: students who came after the start of the year or to the new 10th class
    special_fios = {s.fio for v in make_special().values() for s in v}
    ordinary = [s for s in students if s.fio not in special_fios]
    pick = {c: [s for s in ordinary if s.cls == c] for c in CLASSES}
    rng.choice(pick["10А"]).enrolled = "01.09.2023"
    for s in rng.sample([s for s in pick["10А"] if not s.enrolled], 1):
        s.enrolled = "01.09.2023"
    for cls, date in [("5А", "15.01.2024"), ("9А", "13.11.2023"), ("1А", "18.09.2023")]:
        s = rng.choice(pick[cls])
        s.enrolled, s.transferred = date, True

    # no electronic access: 5 students, no e-mail
    for s in rng.sample([s for s in ordinary if not s.enrolled], 5):
        s.no_access, s.email = "да", ""

    # ordering: per class alphabetical, mid-year transfers appended at the end
    ordered = []
    for cls in CLASSES:
        lst = [s for s in students if s.cls == cls]
        lst.sort(key=lambda s: (s.transferred, ru_key(s.fio), s.birth))
        ordered += lst
    return ordered


def disambig(st, roster):
    same = [s for s in roster if s.cls == st.cls and s.fio == st.fio]
    return st.fio + (" " + dstr(st.birth) if len(same) > 1 else "")


def write_roster(roster, rng):
    rows = []
    for s in roster:
        rows.append([s.cls, s.sur, s.name, s.patr, dstr(s.birth), s.enrolled, s.parent, s.phone,
                     s.email, s.no_access])
    # Excel-export noise: stray leading/trailing spaces in a few cells (not in key test rows)
    protected = {"Ёлкин", "Ершов", "Елисеев", "Жуков", "Смирнов", "Ершова", "Алиева"}
    cand = [i for i, r in enumerate(rows) if r[1] not in protected]
    for i, col, fmt in zip(rng.sample(cand, 6), [1, 2, 6, 7, 1, 3],
                           ["{} ", " {}", "{} ", "{}  ", " {}", "{} "]):
        rows[i][col] = fmt.format(rows[i][col])
    lines = [";".join(ROSTER_HEADER)] + [";".join(r) for r in rows] + [";" * 9] * 3
    for r in rows:
        for c in r:
            check(";" not in c and '"' not in c, "roster cell needs quoting: " + c)
    (OUT / "roster.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))


def split_groups(roster, rng):
    """English groups 1/2 for every class where the course is split."""
    groups = {}
    for cls in CLASSES:
        if cls == "1А":
            continue
        lst = [s for s in roster if s.cls == cls]
        order = list(range(len(lst)))
        rng.shuffle(order)
        half = (len(lst) + 1) // 2
        g = {}
        for k, i in enumerate(order):
            g[id(lst[i])] = "1" if k < half else "2"
        # namesakes go to different groups so that disambiguation matters
        ns = [s for s in lst if s.fio == "Смирнов Александр Сергеевич"]
        if len(ns) == 2 and g[id(ns[0])] == g[id(ns[1])]:
            other = next(s for s in lst if g[id(s)] != g[id(ns[0])])
            g[id(ns[1])], g[id(other)] = g[id(other)], g[id(ns[1])]
        groups[cls] = [(g[id(s)], s) for s in lst]
    return groups


def write_groups(groups, roster):
    lines = [";".join(GROUPS_HEADER)]
    for cls in CLASSES:
        if cls not in groups:
            continue
        for grp, s in sorted(groups[cls], key=lambda t: (t[0], ru_key(t[1].fio), t[1].birth)):
            lines.append(";".join([cls, ENGLISH, grp, disambig(s, roster)]))
    (OUT / "groups.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))


# --------------------------------------------------------------------------
# Timetable
# --------------------------------------------------------------------------
DAY_LENGTHS = {  # lessons per day Пн..Пт
    "1А": [4, 4, 4, 4, 4],
    "5А": [6, 5, 6, 5, 5],
    "9А": [7, 6, 6, 6, 6],
    "10А": [6, 6, 5, 5, 5],
    "11А": [5, 6, 5, 5, 5],
}
LIGHT = {"Музыка", "Изобразительное искусство", "Труд (технология)", "Физическая культура",
         "ОБЗР", "ОДНКНР", "Индивидуальный проект"}


def solve_timetable(load, rng):
    units = defaultdict(list)  # class -> list of [subject, teachers, hours]
    for cls, subj, h, teachers in load:
        units[cls].append((subj, tuple(t for t, _ in teachers), h))
    for cls in CLASSES:
        tot = sum(u[2] for u in units[cls])
        check(tot == sum(DAY_LENGTHS[cls]), f"{cls}: {tot} hours vs {sum(DAY_LENGTHS[cls])} slots")
    slots = [(d, l, c) for d in range(5) for l in range(1, 8) for c in CLASSES
             if l <= DAY_LENGTHS[c][d]]

    for attempt in range(200):
        rem = {c: [u[2] for u in units[c]] for c in CLASSES}
        today = {c: set() for c in CLASSES}
        busy = set()
        assign = {}
        nodes = [0]

        def day_ok(d, c, from_lesson):
            """A subject is taught at most once a day, so its remaining hours must fit into
            the remaining days, and subjects needed on every remaining day must fit today."""
            left_days = 5 - d
            must = 0
            for i, r in enumerate(rem[c]):
                placed = i in today[c]
                if r > left_days - (1 if placed else 0):
                    return False
                if not placed and r == left_days:
                    must += 1
            return must <= DAY_LENGTHS[c][d] - from_lesson + 1

        def rec(k):
            nodes[0] += 1
            if nodes[0] > 20000:
                return False
            if k == len(slots):
                return True
            d, l, c = slots[k]
            if l == 1:
                today[c] = set()
            if not day_ok(d, c, l):
                return False
            left_days = 5 - d
            cand = []
            for i, (subj, ts, _) in enumerate(units[c]):
                if rem[c][i] == 0 or i in today[c]:
                    continue
                if any((t, d, l) in busy for t in ts):
                    continue
                must = rem[c][i] == left_days
                score = -rem[c][i] + rng.random() * 2.5
                if l <= 2 and subj in LIGHT:
                    score += 2
                if l >= 5 and subj not in LIGHT:
                    score += 0.7
                cand.append((0 if must else 1, score, i))
            cand.sort()
            saved_today = set(today[c])
            for _, _, i in cand:
                subj, ts, _ = units[c][i]
                rem[c][i] -= 1
                today[c].add(i)
                for t in ts:
                    busy.add((t, d, l))
                assign[(c, d, l)] = i
                if rec(k + 1):
                    return True
                del assign[(c, d, l)]
                for t in ts:
                    busy.discard((t, d, l))
                today[c] = set(saved_today)
                rem[c][i] += 1
            today[c] = saved_today
            return False

        if rec(0):
            tt = []
            for (c, d, l), i in assign.items():
                tt.append((c, d, l, units[c][i][0]))
            return tt, attempt + 1
    die("timetable solver found no solution")


# --------------------------------------------------------------------------
# xlsx helpers
# --------------------------------------------------------------------------
FIXED_DT = datetime.datetime(2023, 8, 28, 9, 0, 0)


def save_xlsx(wb, path):
    wb.properties.creator = "Гимназия № 24"
    wb.properties.lastModifiedBy = "Гимназия № 24"
    wb.properties.created = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    # repack with fixed timestamps -> byte-identical output on every run
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2023-08-28T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 8, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


def new_sheet(title, header, widths):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    ws.freeze_panes = "A2"
    return wb, ws


def write_staff():
    wb, ws = new_sheet("Сотрудники", STAFF_HEADER, [16, 12, 16, 32, 8])
    for s in STAFF:
        ws.append([s[0], s[1], s[2], ", ".join(s[3]), s[4] or None])
    save_xlsx(wb, OUT / "staff.xlsx")


def write_load(load):
    wb, ws = new_sheet("Нагрузка", LOAD_HEADER, [8, 28, 36, 16, 8])
    for cls, subj, h, teachers in load:
        for t, g in teachers:
            ws.append([cls, subj, T[t], h, g or None])
    save_xlsx(wb, OUT / "load.xlsx")


def write_timetable(tt, load):
    split = {(c, s): [g for _, g in ts] for c, s, _, ts in load if len(ts) > 1}
    wb, ws = new_sheet("Расписание", TT_HEADER, [8, 6, 6, 28, 8])
    for c, d, l, subj in sorted(tt, key=lambda r: (CLASSES.index(r[0]), r[1], r[2])):
        for g in split.get((c, subj), [None]):
            ws.append([c, DAYS[d], l, subj, g])
    save_xlsx(wb, OUT / "timetable.xlsx")


# --------------------------------------------------------------------------
# Verification: re-read everything from disk
# --------------------------------------------------------------------------
def read_csv(path):
    raw = path.read_bytes()
    check(b"\n" not in raw.replace(b"\r\n", b""), f"{path.name}: bare LF line ending")
    check(not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: unexpected BOM")
    text = raw.decode("cp1251")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def read_xlsx(path, sheet):
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames[0] == sheet, f"{path.name}: first sheet is {wb.sheetnames[0]!r}")
    return [list(r) for r in wb[sheet].iter_rows(values_only=True)]


def verify():
    report = []
    # ---- roster
    rows = read_csv(OUT / "roster.csv")
    check(rows[0] == ROSTER_HEADER, "roster header")
    data = [r for r in rows[1:] if any(c.strip() for c in r)]
    check(len(data) == 105, f"roster has {len(data)} data rows")
    check(rows[-3:] == [[""] * 10] * 3 and len(rows) == 1 + 105 + 3, "roster trailing empty rows")
    check(all(len(r) == 10 for r in rows), "roster column count")
    data = [[c.strip() for c in r] for r in data]
    cnt = Counter(r[0] for r in data)
    check(cnt == Counter(CLASS_SIZES), f"roster class sizes {cnt}")
    for r in data:
        b = datetime.datetime.strptime(r[4], "%d.%m.%Y").date()
        check(b.year in SPEC_BIRTH_YEARS[r[0]], f"birth year {r}")
        if r[5]:
            datetime.datetime.strptime(r[5], "%d.%m.%Y")
        check(r[9] in ("", "да"), "no-access flag")
        check(re.fullmatch(r"\+7 \((914\) \d{3}-\d\d-\d\d|4132\) \d\d-\d\d-\d\d)", r[7]), "phone " + r[7])
        check(r[8] == "" or re.fullmatch(r"[a-z0-9._]+@[a-z]+\.[a-z]+", r[8]), "email " + r[8])
        check(r[6].count(" ") == 2, "parent ФИО " + r[6])
        # gender agreement: patronymic vs first name / surname
        if r[3]:
            fem = r[3].endswith("вна") or r[3].endswith("ична")
            check(fem == (r[2] in GIRLS), f"gender agreement name/patronymic {r}")
            if r[1].endswith(("ов", "ев", "ёв", "ин", "ий")):
                check(not fem, f"surname gender {r}")
            if r[1].endswith(("ова", "ева", "ёва", "ина", "ая")):
                check(fem, f"surname gender {r}")
    fios = [" ".join(p for p in r[1:4] if p) for r in data]
    check(sum(1 for r in data if r[3] == "") == 1, "exactly one empty patronymic")
    sm = [r for r in data if r[0] == "9А" and r[1:4] == ["Смирнов", "Александр", "Сергеевич"]]
    check(len(sm) == 2 and sm[0][4] != sm[1][4], "9А namesakes")
    dup = [f for f, n in Counter(fios).items() if n > 1]
    check(dup == ["Смирнов Александр Сергеевич"], f"duplicate ФИО {dup}")
    c5 = sorted((r[1] for r in data if r[0] == "5А"), key=ru_key)
    check(c5.index("Елисеев") < c5.index("Ёлкин") < c5.index("Ершов") < c5.index("Жуков"), "Ё order")
    check(c5.index("Жуков") == c5.index("Елисеев") + 3, "nothing between Елисеев..Жуков in 5А")
    for nm in ["Алёна", "Фёдор", "Артём", "Пётр"]:
        check(any(r[2] == nm for r in data), "missing name " + nm)
    noacc = sum(1 for r in data if r[9] == "да")
    enrolled = sum(1 for r in data if r[5])
    report.append(f"roster.csv: 105 students {dict(cnt)}, cp1251 OK, CRLF OK, 3 trailing ';;;;;;;;;' rows, "
                  f"{noacc} без доступа, {enrolled} with Дата зачисления, "
                  f"{sum(1 for r in data if not r[8])} without email")

    # ---- staff
    srows = read_xlsx(OUT / "staff.xlsx", "Сотрудники")
    check(srows[0] == STAFF_HEADER, "staff header")
    staff = {}
    leads = Counter()
    rolecnt = Counter()
    for r in srows[1:]:
        roles = r[3].split(", ")
        check(set(roles) <= VALID_ROLES and len(set(roles)) == len(roles), f"roles {r}")
        rolecnt.update(roles)
        f = f"{r[0]} {r[1]} {r[2]}"
        check(f not in staff, "duplicate staff " + f)
        staff[f] = roles
        if "классный руководитель" in roles:
            check(r[4] in CLASSES, f"class teacher without class {r}")
            leads[r[4]] += 1
        else:
            check(r[4] in (None, ""), f"class filled for non-class-teacher {r}")
    check(leads == Counter(CLASSES), f"class teachers {leads}")
    check(rolecnt["директор"] == 1 and rolecnt["заместитель"] == 2 and rolecnt["электроник"] == 1,
          f"role counts {rolecnt}")
    check(not (set(fios) & set(staff)), "student/staff ФИО collision")
    report.append(f"staff.xlsx: {len(staff)} people, roles {dict(rolecnt)}, one class teacher per class")

    # ---- load
    lrows = read_xlsx(OUT / "load.xlsx", "Нагрузка")
    check(lrows[0] == LOAD_HEADER, "load header")
    courses = defaultdict(list)
    for r in lrows[1:]:
        cls, subj, teacher, h, g = r
        check(isinstance(h, int) and not isinstance(h, bool), f"hours not a number {r}")
        check(teacher in staff and "учитель" in staff[teacher], f"teacher not a staff учитель {r}")
        check((g in (None, "")) == (subj != ENGLISH), f"group only for split courses {r}")
        courses[(cls, subj)].append((teacher, g or "", h))
    for cls in CLASSES:
        got = [(s, v[0][2]) for (c, s), v in courses.items() if c == cls]
        check(sorted(got) == sorted(SPEC_COURSES[cls]), f"{cls} courses differ from spec")
    for (cls, subj), v in courses.items():
        if subj == ENGLISH:
            check(sorted(x[1] for x in v) == ["1", "2"] and v[0][0] != v[1][0]
                  and v[0][2] == v[1][2], f"English split {cls}")
        else:
            check(len(v) == 1, f"duplicate course {cls} {subj}")
    teachers_per_slot_course = {k: [x[0] for x in v] for k, v in courses.items()}
    hours = {k: v[0][2] for k, v in courses.items()}
    report.append(f"load.xlsx: {len(lrows) - 1} rows, {len(courses)} courses, matches spec, "
                  f"{len({x[0] for v in courses.values() for x in v})} distinct teachers")

    # ---- groups
    grows = read_csv(OUT / "groups.csv")
    check(grows[0] == GROUPS_HEADER, "groups header")
    membership = defaultdict(Counter)
    sizes = Counter()
    for r in grows[1:]:
        check(len(r) == 4 and r[1] == ENGLISH and r[2] in ("1", "2"), f"groups row {r}")
        membership[r[0]][r[3]] += 1
        sizes[(r[0], r[2])] += 1
    for cls in CLASSES:
        split_here = (cls, ENGLISH) in courses
        check(split_here == (cls in membership), f"groups for {cls}")
        if not split_here:
            continue
        expect = []
        for r in data:
            if r[0] != cls:
                continue
            f = " ".join(p for p in r[1:4] if p)
            expect.append(f + (" " + r[4] if fios.count(f) > 1 else ""))
        check(Counter(expect) == membership[cls], f"groups membership {cls}")
        check(abs(sizes[(cls, "1")] - sizes[(cls, "2")]) <= 1, f"group balance {cls}")
    gsum = {f"{c}": (sizes[(c, '1')], sizes[(c, '2')]) for c in membership}
    report.append(f"groups.csv: every student of {', '.join(membership)} in exactly one group, sizes {gsum}")

    # ---- timetable
    trows = read_xlsx(OUT / "timetable.xlsx", "Расписание")
    check(trows[0] == TT_HEADER, "timetable header")
    slot_count = Counter()
    class_slot = defaultdict(list)
    teacher_slot = defaultdict(list)
    subj_days = defaultdict(Counter)
    for r in trows[1:]:
        cls, day, les, subj, g = r
        check(day in DAYS and isinstance(les, int) and 1 <= les <= 7, f"timetable row {r}")
        check((cls, subj) in courses, f"timetable course not in load {r}")
        g = g or ""
        ts = [x[0] for x in courses[(cls, subj)] if x[1] == g]
        check(len(ts) == 1, f"group mismatch {r}")
        class_slot[(cls, day, les)].append((subj, g))
        teacher_slot[(ts[0], day, les)].append(cls)
        slot_count[(cls, subj, g)] += 1
    for (cls, subj), v in courses.items():
        for t, g, h in v:
            check(slot_count[(cls, subj, g)] == h, f"{cls} {subj} гр.{g or '-'}: "
                  f"{slot_count[(cls, subj, g)]} slots vs {h} hours")
    for (cls, day, les), v in class_slot.items():
        if len(v) > 1:
            check(len({s for s, _ in v}) == 1 and sorted(g for _, g in v) == ["1", "2"],
                  f"class double-booked {cls} {day} {les}: {v}")
        subj_days[(cls, v[0][0])][day] += 1
    for (t, day, les), v in teacher_slot.items():
        check(len(v) == 1, f"teacher {t} twice at {day} {les}: {v}")
    maxload = {}
    for cls in CLASSES:
        per_day = []
        for day in DAYS:
            ls = sorted(les for (c, d, les) in class_slot if c == cls and d == day)
            check(ls == list(range(1, len(ls) + 1)), f"gap in {cls} {day}: {ls}")
            check(len(ls) <= MAX_PER_DAY[cls], f"too many lessons {cls} {day}")
            per_day.append(len(ls))
        maxload[cls] = per_day
    same_day = [(k, d) for k, c in subj_days.items() for d, n in c.items() if n > 1]
    check(not same_day, f"subject twice a day: {same_day}")
    report.append(f"timetable.xlsx: {len(trows) - 1} rows; slots==hours for all courses; no teacher "
                  f"or class conflicts; English groups paired; no gaps; lessons/day {maxload}; "
                  f"every subject at most once per day")
    return report


def main():
    rng = random.Random(SEED)
    roster = build_roster(rng)
    write_roster(roster, rng)
    write_groups(split_groups(roster, rng), roster)
    write_staff()
    load = build_load()
    write_load(load)
    tt, attempts = solve_timetable(load, rng)
    write_timetable(tt, load)
    print(f"Wrote files for {SCHOOL}, {YEAR} into {OUT} (timetable found in {attempts} attempt(s))")
    for line in verify():
        print("  OK", line)


if __name__ == "__main__":
    main()
