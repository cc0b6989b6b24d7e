#!/usr/bin/env python3
"""Те же данные демо-школы в том виде, в каком их держат школы:

  * timetable_grid.xlsx — расписание сеткой из timetable.xlsx: день (объединённая ячейка
    на все уроки дня) и номер урока по строкам, по столбцу на класс («5 А», «9-А» …),
    предметы сокращены, как пишут в школах («Матем.», «Рус. яз.», «Физ-ра»), две группы
    в одной ячейке — «Англ. яз. (1 гр.) / Англ. яз. (2 гр.)»;
  * plans_edsoo/5А_Математика_edsoo.xlsx — «поурочное планирование» из «Конструктора
    рабочих программ» (edsoo.ru) с темами plans/5А_Математика.csv: заголовок, шапка в две
    строки, разделы, строки «Итого по разделу», «ОБЩЕЕ КОЛИЧЕСТВО ЧАСОВ ПО ПРОГРАММЕ»,
    контрольные и практические работы.

Детерминированно (архивы .xlsx перепакованы с постоянными датами).

Запуск:  python3 examples/school/tools/make_grid_and_edsoo.py
"""

import csv
import io
import re
import zipfile
import datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent.parent
DAYS = {"Пн": "Понедельник", "Вт": "Вторник", "Ср": "Среда", "Чт": "Четверг", "Пт": "Пятница"}
CLASSES = ["1А", "5А", "9А", "10А", "11А"]
# The class headers as schools write them.
HEADERS = {"1А": "1А", "5А": "5 А", "9А": "9-А", "10А": "10А", "11А": "11 А"}
SHORT = {
    "Математика": "Матем.",
    "Русский язык": "Рус. яз.",
    "Литература": "Лит-ра",
    "Алгебра": "Алг.",
    "Геометрия": "Геом.",
    "Физическая культура": "Физ-ра",
    "Изобразительное искусство": "ИЗО",
    "ОБЗР": "ОБЗР",
    "Информатика": "Информ.",
    "Обществознание": "Общ.",
    "Окружающий мир": "Окр. мир",
    "Литературное чтение": "Лит. чт.",
    "Английский язык": "Англ. яз.",
    "Вероятность и статистика": "Вер. и стат.",
    "Труд (технология)": "Технология",
    "Индивидуальный проект": "Инд. проект",
    "Биология": "Биол.",
    "География": "Геогр.",
}
FIXED = datetime.datetime(2023, 8, 28, 9, 0, 0)


def save_xlsx(wb, path):
    wb.properties.creator = "Гимназия № 24"
    wb.properties.lastModifiedBy = "Гимназия № 24"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
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


def write_grid():
    rows = list(openpyxl.load_workbook(OUT / "timetable.xlsx").active.values)[1:]
    cells = {}  # (day, lesson, class) -> [(subject, group)]
    for cls, day, lesson, subject, group in rows:
        cells.setdefault((day, lesson, cls), []).append((subject, group))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Расписание"
    ncols = 2 + len(CLASSES)
    ws.append(["Расписание уроков на 2023/2024 учебный год"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.append(["День", "Урок"] + [HEADERS[c] for c in CLASSES])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    r = 3
    for day, name in DAYS.items():
        last = max(l for (d, l, _) in cells if d == day)
        first_row = r
        for lesson in range(1, last + 1):
            line = [name if lesson == 1 else None, lesson]
            for cls in CLASSES:
                parts = cells.get((day, lesson, cls), [])
                text = " / ".join(
                    SHORT.get(s, s) + (f" ({g} гр.)" if g else "") for s, g in parts
                )
                line.append(text or None)
            ws.append(line)
            r += 1
        ws.merge_cells(start_row=first_row, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first_row, 1).alignment = Alignment(vertical="center", text_rotation=90)
    ws.column_dimensions["A"].width = 6
    for i in range(len(CLASSES)):
        ws.column_dimensions[openpyxl.utils.get_column_letter(3 + i)].width = 34
    save_xlsx(wb, OUT / "timetable_grid.xlsx")


def write_edsoo():
    text = (OUT / "plans" / "5А_Математика.csv").read_bytes().decode("cp1251")
    plan = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1:]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Поурочное планирование"
    ws.append(["ПОУРОЧНОЕ ПЛАНИРОВАНИЕ"])
    ws.append(["5 КЛАСС"])
    ws.append(["№ п/п", "Тема урока", "Количество часов", None, None, "Дата изучения",
               "Электронные цифровые образовательные ресурсы"])
    ws.append([None, None, "Всего", "Контрольные работы", "Практические работы"])
    for rng in ["A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4"]:
        ws.merge_cells(rng)
    for row in ws["A3:G4"]:
        for cell in row:
            cell.font = Font(bold=True)
    # Sections end with a control work (the last: the year's review).
    sections, current = [], []
    for row in plan:
        current.append(row)
        if row[1].startswith("Контрольная работа"):
            theme = re.search(r"«(.+)»", row[1]).group(1)
            sections.append((theme, current))
            current = []
    if current:
        sections.append(("Повторение и обобщение", current))
    totals = [0, 0, 0]
    for n, (theme, rows) in enumerate(sections, 1):
        ws.append([f"Раздел {n}. {theme}"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
        hours = 0
        for no, topic, h, _date, _hw in rows:
            h = int(h)
            control = 1 if "контрольная работа" in topic.lower() else None
            practical = 1 if topic.startswith("Практическая работа") else None
            ws.append([int(no), topic, h, control, practical, None,
                       f"Библиотека ЦОК https://m.edsoo.ru/7f41{int(no):04x}"])
            hours += h
            totals[0] += h
            totals[1] += control or 0
            totals[2] += practical or 0
        ws.append(["Итого по разделу", None, hours])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.append(["ОБЩЕЕ КОЛИЧЕСТВО ЧАСОВ ПО ПРОГРАММЕ", None] + totals)
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["G"].width = 40
    (OUT / "plans_edsoo").mkdir(exist_ok=True)
    save_xlsx(wb, OUT / "plans_edsoo" / "5А_Математика_edsoo.xlsx")


if __name__ == "__main__":
    write_grid()
    write_edsoo()
    print("Wrote timetable_grid.xlsx and plans_edsoo/5А_Математика_edsoo.xlsx")
