# Сообщения: reports (по-русски). Каждый id есть и в ../en/reports.ftl.ftl.

## Заголовки отчётов и их разделов (render::report).
report-fill-title = Заполнение журнала и накопляемость отметок: { $scope }
report-fill-summary = Итого (учащиеся — по людям)
report-fill-courses = По курсам (учащиеся — ученики курса)
report-fill-classes = По классам (учащиеся — по людям)
report-by-teacher = По учителям
report-by-school = По школе
report-by-class = По классам
report-by-subject = По предметам
report-by-student = По ученикам
report-teachers-title = Анализ работы с классным журналом: { $scope }
report-teachers-summary = Итого по школе
report-accumulation-title = Накопляемость отметок: { $scope } (отметок меньше минимума)
report-accumulation-rows = Ниже минимума
report-progress-title = Успеваемость и качество знаний: { $scope }
report-progress-lists = Списки
report-attendance-title = Посещаемость: { $scope }
report-forecast-title = Прогноз отметок: { $period } на { $date }
report-forecast-rows = По ученикам и предметам

## Почему ученик в группе риска (отчёт forecast).
forecast-risk-average = средний балл { $average } ниже { $below }
forecast-risk-marks = { $marks } { $marks ->
    [one] отметка
    [few] отметки
   *[many] отметок
} из { $minimum } { $minimum ->
    [one] нужной
   *[other] нужных
}, до конца периода { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
   *[many] осталось { $days } дней
}
forecast-risk-unexcused = { $count } { $count ->
    [one] пропуск
    [few] пропуска
   *[many] пропусков
} без уважительной причины

## Сведения для родителей (render::diary_pdf): абзац о пропусках.
diary-missed = { $count ->
    [one] Пропущен { $count } урок
    [few] Пропущено { $count } урока
   *[many] Пропущено { $count } уроков
}, из них по болезни — { $ill }
diary-missed-none = Пропущенных уроков нет
diary-late = { $count } { $count ->
    [one] опоздание
    [few] опоздания
   *[many] опозданий
}
diary-late-none = опозданий нет

## Что охватывает отчёт (reports::scope): месяц, отчётный период, промежуток дат.
report-scope-month = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
} { $year }
report-scope-period = { $period } ({ $from } – { $to })
period-name = { $code ->
    [Q1] I четверть
    [Q2] II четверть
    [Q3] III четверть
    [Q4] IV четверть
    [H1] I полугодие
    [H2] II полугодие
   *[Y] год
}
report-not-a-month = «{ $value }» — не месяц (пример: 2023-10)
