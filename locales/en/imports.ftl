# imports messages (English). Every id here is also in ../ru/imports.ftl.ftl.

## Row problems of the imports (commands::import).
import-duplicate-absence = the same lesson of this student is already on line { $line }
import-access-not-a-role = "{ $value }" is not a role here (ученик/student or родитель/parent)
import-outside-year = { $date } is outside the academic year
import-duplicate-view = the same view is already on line { $line }
import-grade-one = { $class } is grade 1: no marks (безотметочное обучение)
import-final-not-attended = did not attend { $class } { $subject } during { $period }
import-duplicate-final = the same final mark is already on line { $line }
import-final-locked = { $period } ends on { $date }, which is locked: its final marks cannot change
import-course-not-in-load = { $why }: the course must be in the teaching load
import-student-in-class = student in { $class }
import-already-in-group = already in group { $group } of { $subject } on line { $line }
import-not-hours = "{ $value }" is not a number of hours
import-hours-range = { $value } hours a week: it must be more than 0 and at most 40
import-member-of-staff = member of staff
import-teacher-not-in-staff = { $why }: the teacher must be in staff
import-duplicate-course = duplicate: { $class } { $subject }{ $group } is already on line { $line }
import-taught-in-groups = { $class } { $subject } is already taught in groups; name the group
import-taught-to-class = { $class } { $subject } is already taught to the whole class, not in groups
import-lessons-details = { $recorded } recorded as given, { $already } already recorded, { $words } with the teacher's topic or homework
import-lesson-not-yet = { $why }: a lesson is recorded on its day or later
import-lesson-locked = { $why }; a locked lesson is not recorded
