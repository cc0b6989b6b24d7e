//! The benchmark's school, generated deterministically (issue 13): a 2023/2024 school year of
//! classes in grades 2–11 (four a grade by default), 28 students each, a 30-lesson week, and
//! the files the import commands take — staff, roster, load, timetable, a lessons register
//! (every lesson recorded by its teacher, with topic and homework), absences — plus marks
//! files of the sizes asked for, each in random order, every row a valid mark on a real lesson
//! of that year. Everything is Windows-1251 with `;`, as schools save CSV from Russian Excel.
//!
//! ```sh
//! cargo run --release --example bench-generate -- --out /tmp/bench --marks 250000,1000000
//! cargo run --release --example bench-generate -- --out /tmp/small --classes 4 --students 10 --marks 3000
//! ```
//!
//! The same arguments give the same bytes on every machine (a seeded splitmix64, no `rand`).
//! The marks files have the six columns Дата;Класс;Предмет;Ученик;Отметка;Вид работы: a
//! subject has at most one lesson a day and no subject is taught in groups, so a date names
//! the lesson (and `sqlite3 .import` compares with a bare six-column table).

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// splitmix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// 0..n
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 11) % n as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }

    /// An index by weights.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if x < w {
                return i;
            }
            x -= w;
        }
        weights.len() - 1
    }
}

const YEAR: i32 = 2023;
/// Grades in the order classes are taken: `--classes 4` is 5А, 10А, 2А, 7А (a quarter grade, a
/// semester grade, primary), the full 40 are every grade 2–11 with letters А–Г.
const GRADE_ORDER: [u8; 10] = [5, 10, 2, 7, 11, 3, 8, 4, 9, 6];
const LETTERS: [&str; 4] = ["А", "Б", "В", "Г"];

/// Subjects and hours a week per grade band; each sums to 30, and no subject has more than 5
/// (at most one lesson a day).
fn curriculum(grade: u8) -> &'static [(&'static str, u32)] {
    match grade {
        2..=4 => &[
            ("Русский язык", 5),
            ("Литературное чтение", 4),
            ("Математика", 5),
            ("Английский язык", 2),
            ("Окружающий мир", 2),
            ("Физическая культура", 3),
            ("Музыка", 1),
            ("Изобразительное искусство", 1),
            ("Труд (технология)", 1),
            ("Информатика", 1),
            ("Шахматы", 1),
            ("Риторика", 1),
            ("Проектная деятельность", 1),
            ("Финансовая грамотность", 1),
            ("Логика", 1),
        ],
        5..=6 => &[
            ("Русский язык", 5),
            ("Литература", 3),
            ("Английский язык", 3),
            ("Математика", 5),
            ("История", 2),
            ("География", 1),
            ("Биология", 1),
            ("ОДНКНР", 1),
            ("Информатика", 1),
            ("Музыка", 1),
            ("Изобразительное искусство", 1),
            ("Труд (технология)", 2),
            ("Физическая культура", 2),
            ("Обществознание", 1),
            ("Финансовая грамотность", 1),
        ],
        7..=9 => &[
            ("Русский язык", 4),
            ("Литература", 2),
            ("Английский язык", 3),
            ("Алгебра", 3),
            ("Геометрия", 2),
            ("Вероятность и статистика", 1),
            ("История", 2),
            ("Обществознание", 1),
            ("География", 2),
            ("Биология", 2),
            ("Физика", 2),
            ("Химия", 2),
            ("Информатика", 1),
            ("Физическая культура", 2),
            ("ОБЗР", 1),
        ],
        _ => &[
            ("Русский язык", 3),
            ("Литература", 3),
            ("Английский язык", 3),
            ("Алгебра", 4),
            ("Геометрия", 3),
            ("Вероятность и статистика", 1),
            ("История", 2),
            ("Обществознание", 2),
            ("География", 1),
            ("Биология", 1),
            ("Физика", 2),
            ("Химия", 1),
            ("Информатика", 1),
            ("Физическая культура", 2),
            ("ОБЗР", 1),
        ],
    }
}

/// The default work types and how often each is given.
const WORK_TYPES: [(&str, u32); 11] = [
    ("Ответ на уроке", 40),
    ("Домашняя работа", 15),
    ("Самостоятельная работа", 10),
    ("Тест", 8),
    ("Проверочная работа", 7),
    ("Практическая работа", 4),
    ("Лабораторная работа", 2),
    ("Диктант", 3),
    ("Изложение", 1),
    ("Сочинение", 2),
    ("Контрольная работа", 8),
];
const MARKS: [(&str, u32); 4] = [("5", 33), ("4", 40), ("3", 22), ("2", 5)];

const MALE_SURNAMES: &[&str] = &[
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцев",
    "Соловьёв",
    "Борисов",
    "Яковлев",
    "Григорьев",
    "Романов",
    "Воробьёв",
    "Сергеев",
    "Кузьмин",
    "Фролов",
    "Александров",
    "Дмитриев",
    "Королёв",
    "Гусев",
    "Киселёв",
    "Ильин",
    "Максимов",
    "Поляков",
    "Сорокин",
    "Виноградов",
    "Ковалёв",
    "Белов",
    "Медведев",
    "Антонов",
    "Тарасов",
    "Жуков",
    "Баранов",
    "Филиппов",
    "Комаров",
    "Давыдов",
    "Беляев",
    "Герасимов",
    "Богданов",
    "Осипов",
    "Сидоров",
    "Матвеев",
    "Титов",
    "Марков",
    "Миронов",
    "Крылов",
    "Куликов",
    "Карпов",
    "Власов",
    "Мельников",
    "Денисов",
    "Гаврилов",
    "Тихонов",
    "Казаков",
    "Афанасьев",
    "Данилов",
    "Савельев",
    "Тимофеев",
    "Фомин",
    "Чернов",
    "Абрамов",
    "Ёлкин",
    "Елисеев",
    "Шубин",
    "Щукин",
    "Юдин",
    "Яшин",
];
const MALE_NAMES: &[&str] = &[
    "Александр",
    "Максим",
    "Иван",
    "Артём",
    "Дмитрий",
    "Никита",
    "Михаил",
    "Даниил",
    "Егор",
    "Андрей",
    "Кирилл",
    "Илья",
    "Алексей",
    "Роман",
    "Сергей",
    "Владимир",
    "Ярослав",
    "Тимофей",
    "Матвей",
    "Фёдор",
    "Глеб",
    "Лев",
    "Марк",
    "Павел",
    "Степан",
    "Николай",
    "Георгий",
    "Арсений",
];
const FEMALE_NAMES: &[&str] = &[
    "Анастасия",
    "Мария",
    "Анна",
    "Виктория",
    "Екатерина",
    "Наталья",
    "Марина",
    "Полина",
    "Елизавета",
    "Дарья",
    "Александра",
    "Ксения",
    "Софья",
    "Алиса",
    "Варвара",
    "Вероника",
    "Ольга",
    "Татьяна",
    "Ирина",
    "Юлия",
    "Ева",
    "Кира",
    "Милана",
    "Арина",
    "Алёна",
    "Ульяна",
    "Светлана",
    "Людмила",
];
/// Fathers' names, for patronymics.
const FATHERS: &[(&str, &str)] = &[
    ("Александрович", "Александровна"),
    ("Сергеевич", "Сергеевна"),
    ("Андреевич", "Андреевна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Алексеевич", "Алексеевна"),
    ("Владимирович", "Владимировна"),
    ("Игоревич", "Игоревна"),
    ("Николаевич", "Николаевна"),
    ("Михайлович", "Михайловна"),
    ("Евгеньевич", "Евгеньевна"),
    ("Олегович", "Олеговна"),
    ("Викторович", "Викторовна"),
    ("Павлович", "Павловна"),
    ("Юрьевич", "Юрьевна"),
    ("Иванович", "Ивановна"),
    ("Петрович", "Петровна"),
    ("Романович", "Романовна"),
    ("Денисович", "Денисовна"),
];

/// A surname in the gender's form (Иванов → Иванова, Ёлкин → Ёлкина).
fn surname(base: &str, female: bool) -> String {
    if female {
        format!("{base}а")
    } else {
        base.to_string()
    }
}

/// A person's ФИО, unique among `taken`.
fn person(rng: &mut Rng, taken: &mut HashSet<String>) -> (String, String, String, bool) {
    loop {
        let female = rng.chance(0.5);
        let last = surname(MALE_SURNAMES[rng.below(MALE_SURNAMES.len())], female);
        let first = if female {
            FEMALE_NAMES[rng.below(FEMALE_NAMES.len())]
        } else {
            MALE_NAMES[rng.below(MALE_NAMES.len())]
        };
        let (m, f) = FATHERS[rng.below(FATHERS.len())];
        let middle = if female { f } else { m };
        let full = format!("{last} {first} {middle}");
        if taken.insert(full) {
            return (last, first.to_string(), middle.to_string(), female);
        }
    }
}

struct Class {
    name: String,
    grade: u8,
    students: Vec<String>,
    /// (subject, hours, teacher index)
    courses: Vec<(&'static str, u32, usize)>,
    /// weekday 0..5 → lesson number 1..=6 → course index
    timetable: Vec<Vec<usize>>,
}

struct Teacher {
    fio: (String, String, String),
    class: Option<String>,
}

/// The study days of 2023/2024 by the federal calendar `ejournal init` ships: the four
/// quarters, Monday to Friday, without the public days off.
fn study_days() -> Vec<NaiveDate> {
    let d = |m: u32, day: u32| {
        NaiveDate::from_ymd_opt(if m >= 9 { YEAR } else { YEAR + 1 }, m, day).expect("a date")
    };
    let quarters = [
        (d(9, 1), d(10, 27)),
        (d(11, 7), d(12, 29)),
        (d(1, 9), d(3, 22)),
        (d(4, 1), d(5, 24)),
    ];
    let off = [d(2, 23), d(3, 8), d(5, 1), d(5, 9)];
    let mut days = Vec::new();
    for (from, to) in quarters {
        let mut day = from;
        while day <= to {
            if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !off.contains(&day) {
                days.push(day);
            }
            day += Duration::days(1);
        }
    }
    days
}

fn ru(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// A CSV file written in Windows-1251, `;`, CRLF.
struct Csv {
    out: BufWriter<fs::File>,
    path: PathBuf,
    rows: u64,
}

impl Csv {
    fn create(dir: &Path, name: &str, header: &[&str]) -> Csv {
        let path = dir.join(name);
        let file = fs::File::create(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut csv = Csv {
            out: BufWriter::with_capacity(1 << 20, file),
            path,
            rows: 0,
        };
        csv.row(header);
        csv.rows = 0;
        csv
    }

    fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        let mut line = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                line.push(';');
            }
            line.push_str(c.as_ref());
        }
        line.push_str("\r\n");
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(&line);
        assert!(!unmappable, "not in Windows-1251: {line}");
        self.out.write_all(&bytes).expect("writing");
        self.rows += 1;
    }

    fn finish(mut self) {
        self.out.flush().expect("writing");
        eprintln!("{}: {} rows", self.path.display(), self.rows);
    }
}

/// What to generate (the command line's options).
pub struct Args {
    /// The folder the files go to.
    pub out: PathBuf,
    /// How many classes (≤ 40), taken in the order of `GRADE_ORDER` and `LETTERS`.
    pub classes: usize,
    /// Students per class.
    pub students: usize,
    /// A marks file `marks-N.csv` for each N.
    pub marks: Vec<usize>,
    pub seed: u64,
}

fn args() -> Args {
    let mut a = Args {
        out: PathBuf::from("bench-school"),
        classes: 40,
        students: 28,
        marks: vec![250_000, 1_000_000],
        seed: 13,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let mut v = || {
            it.next()
                .unwrap_or_else(|| usage(&format!("{k} needs a value")))
        };
        let num = |s: String| -> usize {
            s.replace('_', "")
                .parse()
                .unwrap_or_else(|_| usage(&format!("not a number: {s}")))
        };
        match k.as_str() {
            "--out" => a.out = PathBuf::from(v()),
            "--classes" => a.classes = num(v()),
            "--students" => a.students = num(v()),
            "--seed" => a.seed = num(v()) as u64,
            "--marks" => a.marks = v().split(',').map(|s| num(s.to_string())).collect(),
            "-h" | "--help" => usage(""),
            _ => usage(&format!("unknown argument {k}")),
        }
    }
    if a.classes == 0 || a.classes > 40 || a.students == 0 {
        usage("--classes 1..=40, --students at least 1");
    }
    a
}

fn usage(why: &str) -> ! {
    if !why.is_empty() {
        eprintln!("bench-generate: {why}");
    }
    eprintln!(
        "usage: bench-generate [--out DIR] [--classes N (≤ 40)] [--students N] \
         [--marks N,N,…] [--seed N]"
    );
    std::process::exit(2)
}

fn main() {
    generate(&args());
}

/// Write the school's files into `a.out`.
pub fn generate(a: &Args) {
    fs::create_dir_all(&a.out).expect("creating the output folder");
    let mut rng = Rng(a.seed);

    // Classes, in the order `--classes N` takes them.
    let mut names = Vec::new();
    for letter in LETTERS {
        for grade in GRADE_ORDER {
            names.push((grade, format!("{grade}{letter}")));
        }
    }
    names.truncate(a.classes);
    names.sort_by_key(|(g, n)| (*g, n.clone()));

    // Teachers: per subject, classes handed out in order, about 20 hours each.
    let mut teachers: Vec<Teacher> = Vec::new();
    let mut people: HashSet<String> = HashSet::new();
    let mut subject_teacher: HashMap<&str, (usize, u32)> = HashMap::new();
    let mut classes: Vec<Class> = Vec::new();
    for (grade, name) in &names {
        let mut courses = Vec::new();
        for &(subject, hours) in curriculum(*grade) {
            let slot = subject_teacher.entry(subject).or_insert((usize::MAX, 99));
            if slot.1 + hours > 20 {
                let (last, first, middle, _) = person(&mut rng, &mut people);
                teachers.push(Teacher {
                    fio: (last, first, middle),
                    class: None,
                });
                *slot = (teachers.len() - 1, 0);
            }
            slot.1 += hours;
            courses.push((subject, hours, slot.0));
        }
        // The class teacher: the first of its teachers who leads no class yet.
        if let Some(&(_, _, t)) = courses.iter().find(|c| teachers[c.2].class.is_none()) {
            teachers[t].class = Some(name.clone());
        } else {
            let (last, first, middle, _) = person(&mut rng, &mut people);
            teachers.push(Teacher {
                fio: (last, first, middle),
                class: Some(name.clone()),
            });
        }
        let mut taken = HashSet::new();
        let students = (0..a.students)
            .map(|_| {
                let (l, f, m, _) = person(&mut rng, &mut taken);
                format!("{l} {f} {m}")
            })
            .collect();
        classes.push(Class {
            name: name.clone(),
            grade: *grade,
            students,
            courses,
            timetable: Vec::new(),
        });
    }

    // Timetable: each subject on as many different days as its hours (the emptiest days
    // first), then each day's lessons ordered to keep teachers in one place at a time.
    let mut busy: HashSet<(usize, usize, usize)> = HashSet::new(); // teacher, day, lesson
    let mut clashes = 0;
    for class in &mut classes {
        let mut days: Vec<Vec<usize>> = vec![Vec::new(); 5];
        let mut order: Vec<usize> = (0..class.courses.len()).collect();
        rng.shuffle(&mut order);
        order.sort_by_key(|&i| std::cmp::Reverse(class.courses[i].1));
        for i in order {
            let mut by_room: Vec<usize> = (0..5).collect();
            rng.shuffle(&mut by_room);
            by_room.sort_by_key(|&d| days[d].len());
            for &d in by_room.iter().take(class.courses[i].1 as usize) {
                days[d].push(i);
            }
        }
        for (d, lessons) in days.iter_mut().enumerate() {
            let mut best: Option<(usize, Vec<usize>)> = None;
            for _ in 0..200 {
                rng.shuffle(lessons);
                let n = lessons
                    .iter()
                    .enumerate()
                    .filter(|(no, &c)| busy.contains(&(class.courses[c].2, d, *no)))
                    .count();
                if best.as_ref().is_none_or(|(b, _)| n < *b) {
                    best = Some((n, lessons.clone()));
                }
                if n == 0 {
                    break;
                }
            }
            let (n, chosen) = best.expect("a day's lessons");
            clashes += n;
            for (no, &c) in chosen.iter().enumerate() {
                busy.insert((class.courses[c].2, d, no));
            }
            *lessons = chosen;
        }
        class.timetable = days;
    }
    if clashes > 0 {
        eprintln!("timetable: {clashes} lessons where a teacher is in two classes at once");
    }

    let dir = &a.out;
    let fio = |t: &Teacher| format!("{} {} {}", t.fio.0, t.fio.1, t.fio.2);

    let mut staff = Csv::create(
        dir,
        "staff.csv",
        &["Фамилия", "Имя", "Отчество", "Роль", "Класс"],
    );
    staff.row(&["Сергеева", "Ольга", "Ивановна", "заместитель", ""]);
    staff.row(&["Кравцова", "Нина", "Павловна", "директор", ""]);
    staff.row(&["Лосев", "Игорь", "Андреевич", "электроник", ""]);
    for t in &teachers {
        let role = if t.class.is_some() {
            "учитель, классный руководитель"
        } else {
            "учитель"
        };
        let class = t.class.clone().unwrap_or_default();
        staff.row(&[&t.fio.0, &t.fio.1, &t.fio.2, role, &class]);
    }
    staff.finish();

    let mut roster = Csv::create(
        dir,
        "roster.csv",
        &[
            "Класс",
            "Фамилия",
            "Имя",
            "Отчество",
            "Дата рождения",
            "Родитель",
            "Телефон",
        ],
    );
    for c in &classes {
        for (i, s) in c.students.iter().enumerate() {
            let mut parts = s.split(' ');
            let (l, f, m) = (
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
            );
            let born = NaiveDate::from_ymd_opt(YEAR - 6 - i32::from(c.grade), 9, 1)
                .expect("a date")
                + Duration::days(rng.below(365) as i64);
            let parent_last = l.strip_suffix('а').unwrap_or(l);
            let (pl, pf, pm, pfem) = (
                surname(parent_last, true),
                FEMALE_NAMES[rng.below(FEMALE_NAMES.len())],
                FATHERS[rng.below(FATHERS.len())].1,
                true,
            );
            debug_assert!(pfem);
            let phone = format!(
                "+7 (914) {:03}-{:02}-{:02}",
                100 + i * 7 % 900,
                rng.below(100),
                rng.below(100)
            );
            roster.row(&[
                c.name.as_str(),
                l,
                f,
                m,
                &ru(born),
                &format!("{pl} {pf} {pm}"),
                &phone,
            ]);
        }
    }
    roster.finish();

    let mut load = Csv::create(
        dir,
        "load.csv",
        &["Класс", "Предмет", "Учитель", "Часов в неделю"],
    );
    for c in &classes {
        for &(subject, hours, t) in &c.courses {
            load.row(&[
                c.name.as_str(),
                subject,
                &fio(&teachers[t]),
                &hours.to_string(),
            ]);
        }
    }
    load.finish();

    const WEEKDAYS: [&str; 5] = ["Пн", "Вт", "Ср", "Чт", "Пт"];
    let mut tt = Csv::create(dir, "timetable.csv", &["Класс", "День", "Урок", "Предмет"]);
    for c in &classes {
        for (d, lessons) in c.timetable.iter().enumerate() {
            for (no, &course) in lessons.iter().enumerate() {
                tt.row(&[
                    c.name.as_str(),
                    WEEKDAYS[d],
                    &(no + 1).to_string(),
                    c.courses[course].0,
                ]);
            }
        }
    }
    tt.finish();

    // Every dated lesson of the year: (class, course, date, lesson number).
    let days = study_days();
    let mut lessons: Vec<(u16, u16, NaiveDate, u8)> = Vec::new();
    for (ci, c) in classes.iter().enumerate() {
        for &day in &days {
            let d = day.weekday().num_days_from_monday() as usize;
            for (no, &course) in c.timetable[d].iter().enumerate() {
                lessons.push((ci as u16, course as u16, day, no as u8 + 1));
            }
        }
    }
    eprintln!(
        "{} classes, {} students, {} teachers, {} study days, {} lessons",
        classes.len(),
        classes.len() * a.students,
        teachers.len(),
        days.len(),
        lessons.len()
    );

    // The teachers' register: 97 % of lessons recorded as given, with topic and homework.
    let mut register = Csv::create(
        dir,
        "register.csv",
        &[
            "Дата",
            "Класс",
            "Предмет",
            "Урок",
            "Тема",
            "Домашнее задание",
        ],
    );
    let mut nth: HashMap<(u16, u16), u32> = HashMap::new();
    for &(ci, course, day, no) in &lessons {
        let n = nth.entry((ci, course)).or_insert(0);
        *n += 1;
        if rng.chance(0.97) {
            let c = &classes[ci as usize];
            let subject = c.courses[course as usize].0;
            let homework = if rng.chance(0.8) {
                format!("§ {}, упр. {}", *n / 2 + 1, rng.below(300) + 1)
            } else {
                String::new()
            };
            register.row(&[
                ru(day),
                c.name.clone(),
                subject.to_string(),
                no.to_string(),
                format!("{subject}: тема урока {n}"),
                homework,
            ]);
        }
    }
    register.finish();

    // Absences: about 90,000 for a school of 40 classes (Б У Н О), each student at most once
    // a lesson.
    let absences = lessons.len() * a.students * 79 / 1000;
    let mut seen = HashSet::new();
    let mut rows = Vec::with_capacity(absences);
    while rows.len() < absences {
        let l = rng.below(lessons.len());
        let s = rng.below(a.students);
        if seen.insert((l, s)) {
            rows.push((l, s, ["Б", "У", "Н", "О"][rng.weighted(&[45, 25, 15, 15])]));
        }
    }
    // A student missing a lesson (Б, У, Н; not late, О) gets no mark in it.
    let absent: HashSet<(usize, usize)> = rows
        .iter()
        .filter(|r| r.2 != "О")
        .map(|r| (r.0, r.1))
        .collect();
    let mut abs = Csv::create(
        dir,
        "absences.csv",
        &["Дата", "Класс", "Ученик", "Код", "Предмет", "Урок"],
    );
    for (l, s, code) in rows {
        let (ci, course, day, no) = lessons[l];
        let c = &classes[ci as usize];
        abs.row(&[
            ru(day),
            c.name.clone(),
            c.students[s].clone(),
            code.to_string(),
            c.courses[course as usize].0.to_string(),
            no.to_string(),
        ]);
    }
    abs.finish();

    // Marks files: random lessons and students, in random order.
    let wt_weights: Vec<u32> = WORK_TYPES.iter().map(|w| w.1).collect();
    let mark_weights: Vec<u32> = MARKS.iter().map(|m| m.1).collect();
    for &n in &a.marks {
        let mut rows: Vec<(u32, u16, u8, u8)> = Vec::with_capacity(n);
        while rows.len() < n {
            let (l, s) = (rng.below(lessons.len()), rng.below(a.students));
            if absent.contains(&(l, s)) {
                continue;
            }
            rows.push((
                l as u32,
                s as u16,
                rng.weighted(&mark_weights) as u8,
                rng.weighted(&wt_weights) as u8,
            ));
        }
        rng.shuffle(&mut rows);
        let mut f = Csv::create(
            dir,
            &format!("marks-{n}.csv"),
            &[
                "Дата",
                "Класс",
                "Предмет",
                "Ученик",
                "Отметка",
                "Вид работы",
            ],
        );
        for (l, s, m, w) in rows {
            let (ci, course, day, _) = lessons[l as usize];
            let c = &classes[ci as usize];
            f.row(&[
                ru(day).as_str(),
                &c.name,
                c.courses[course as usize].0,
                &c.students[s as usize],
                MARKS[m as usize].0,
                WORK_TYPES[w as usize].0,
            ]);
        }
        f.finish();
    }
}
