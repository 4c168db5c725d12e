package nl.rendement.app.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.ImportRecord;
import nl.rendement.app.importing.Imports;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.Participation;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Two employees in one team, the one to be erased managing the other, each with history, both
 * taking part in a programme through the programme services (so the audit holds their ids), the
 * erased one having left and answered the programme's survey under their name, both by import.
 * Written through the public services; {@link #clear()} removes everything again.
 */
final class ErasureFixture {

    static final String ACTOR = "erasure-test-analyst";
    static final LocalDate HIRED = LocalDate.of(2022, 1, 1);
    static final LocalDate START = LocalDate.of(2024, 3, 4);
    static final String LEARNER_ID = "lms-erase-0001";

    /**
     * Ids start far above anything else the schema counts, and above the 32-bit range (Flyway's
     * checksums), so that a cell equal to the erased employee's id is that id and nothing else.
     */
    private static final long DISTINCT_IDS = 7_300_000_001L;

    final Employee erased;
    final Employee kept;
    final long programmeId;
    final long cohortId;
    final long erasedParticipantId;

    private final JdbcClient jdbc;

    ErasureFixture(
            JdbcClient jdbc,
            Employees employees,
            OrgUnits units,
            ProgrammeCatalogue catalogue,
            CohortRegister register,
            Imports imports) {
        this.jdbc = jdbc;
        clear();
        long next = jdbc.sql("select coalesce(max(id), 0) from employee")
                        .query(Long.class)
                        .single()
                + DISTINCT_IDS;
        jdbc.sql("alter table employee alter column id restart with " + next).update();
        OrgUnit department = units.add("ER-DEPT", "Erasure department", UnitKind.DEPARTMENT, Optional.empty(), HIRED);
        OrgUnit team = units.add("ER-TEAM", "Erasure team", UnitKind.TEAM, Optional.of(department.id()), HIRED);
        erased = employees.hire(new NewEmployee(
                "P-ERASE001",
                Optional.of("ERASE-NR-4711"),
                Optional.of("erase.me@example.nl"),
                HIRED,
                attributes(team, Optional.empty(), "52000")));
        employees.change(erased.id(), START.minusMonths(6), attributes(team, Optional.empty(), "56000"));
        kept = employees.hire(new NewEmployee(
                "P-KEEP0002",
                Optional.of("KEEP-NR-0815"),
                Optional.of("keep.me@example.nl"),
                HIRED,
                attributes(team, Optional.of(erased.id()), "41000")));
        employees.change(kept.id(), START.minusMonths(3), attributes(team, Optional.of(erased.id()), "43000"));
        programmeId = catalogue.create(
                ACTOR,
                new ProgrammeDetails(
                        "Erasure test programme",
                        ProgrammeType.LEADERSHIP,
                        Optional.empty(),
                        owner(),
                        Optional.empty(),
                        ProgrammeStatus.RUNNING,
                        Optional.empty(),
                        DeliveryMode.BLENDED,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        3,
                        Set.of("ER-101")));
        cohortId = register.addCohort(
                ACTOR,
                programmeId,
                new CohortDetails(
                        "Spring", START, START.plusWeeks(8), DeliveryMode.CLASSROOM, Optional.empty(), Locale.ENGLISH));
        List<Long> ids = register.enrol(ACTOR, cohortId, List.of(enrolled(erased.id()), enrolled(kept.id())));
        erasedParticipantId = ids.get(0);
        register.changeParticipant(
                ACTOR,
                erasedParticipantId,
                cohortId,
                new Participation(
                        erased.id(),
                        ParticipantStatus.STARTED,
                        START,
                        Optional.of(START),
                        Optional.empty(),
                        Optional.of(new BigDecimal("7.5"))));
        // An import that records the erased employee's exit, and one whose row about them has a problem.
        ImportRecord leaving = imports.preview(
                "leavers",
                csv("employee number,exit date,reason\nERASE-NR-4711,2026-06-30,voluntary\n"),
                "leavers.csv",
                ACTOR);
        imports.commit(leaving.id(), false, ACTOR);
        imports.preview(
                "leavers",
                csv("employee number,exit date,reason\nERASE-NR-4711,2026-07-31,bored\n"),
                "leavers.csv",
                ACTOR);
        // An LMS export that completes their participation and teaches their learner id, and their assessment.
        ImportRecord learning = imports.preview(
                "enrolments",
                csv("learner id,employee number,course id,status,progress,score,enrolled on,started on,completed on\n"
                        + LEARNER_ID
                        + ",ERASE-NR-4711,ER-101,completed,100,77,2024-03-04,2024-03-04,2024-05-03\n"),
                "lms.csv",
                ACTOR);
        imports.commit(learning.id(), false, ACTOR);
        ImportRecord tested = imports.preview(
                "assessments",
                csv("employee number,programme,skill,pre,post,maximum\n"
                        + "ERASE-NR-4711,Erasure test programme,Coaching,5,8,10\n"),
                "assessments.csv",
                ACTOR);
        imports.commit(tested.id(), false, ACTOR);
        // A survey response the erased employee gave under their name: it goes with them.
        ImportRecord surveyed = imports.preview(
                "survey-responses",
                csv("response id,employee number,programme,cohort,level,item,rating,comment\n"
                        + "ER-R-1,ERASE-NR-4711,Erasure test programme,Spring,1,Relevance,4,Useful to me\n"),
                "survey.csv",
                ACTOR);
        imports.commit(surveyed.id(), false, ACTOR);
        // A KPI and an observation of the erased employee, imported as an analyst would.
        ImportRecord kpi = imports.preview(
                "kpi-definitions",
                csv("code,name,unit,direction,aggregation,period\nER-KPI,Erasure KPI,orders,higher is better,sum,"
                        + "month\n"),
                "kpis.csv",
                ACTOR);
        imports.commit(kpi.id(), false, ACTOR);
        ImportRecord observed = imports.preview(
                "kpi-observations",
                csv("kpi,employee number,period start,value\nER-KPI,ERASE-NR-4711,2024-03-01,12\n"),
                "observations.csv",
                ACTOR);
        imports.commit(observed.id(), false, ACTOR);
    }

    private static Path csv(String content) {
        try {
            Path file = Files.createTempFile("erasure-import", ".csv");
            file.toFile().deleteOnExit();
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The erased employee's values that identify them directly. */
    List<String> erasedTexts() {
        return List.of(
                erased.pseudonym(),
                erased.employeeNumber().orElseThrow(),
                erased.email().orElseThrow(),
                LEARNER_ID);
    }

    List<String> keptTexts() {
        return List.of(
                kept.pseudonym(),
                kept.employeeNumber().orElseThrow(),
                kept.email().orElseThrow());
    }

    void clear() {
        String imported = "(select id from import_record where uploaded_by = '" + ACTOR + "')";
        jdbc.sql("delete from import_change where import_id in " + imported).update();
        jdbc.sql("delete from import_problem where import_id in " + imported).update();
        jdbc.sql("delete from import_record where uploaded_by = ?").param(ACTOR).update();
        jdbc.sql("delete from kpi_observation where kpi_id in (select id from kpi_definition where code = 'ER-KPI')")
                .update();
        jdbc.sql("delete from kpi_definition where code = 'ER-KPI'").update();
        jdbc.sql("delete from programme_change where changed_by = ?")
                .param(ACTOR)
                .update();
        String ours = "(select id from programme where name = 'Erasure test programme')";
        jdbc.sql("delete from assessment where programme_id in " + ours).update();
        jdbc.sql("delete from survey_rating where response_id in"
                        + " (select id from survey_response where programme_id in " + ours + ")")
                .update();
        jdbc.sql("delete from survey_response where programme_id in " + ours).update();
        jdbc.sql("delete from participant where programme_id in " + ours).update();
        jdbc.sql("delete from cohort where programme_id in " + ours).update();
        jdbc.sql("delete from programme_lms_course where programme_id in " + ours)
                .update();
        jdbc.sql("delete from programme where id in " + ours).update();
        String people = "(select id from employee where pseudonym in ('P-ERASE001', 'P-KEEP0002'))";
        jdbc.sql("delete from employee_learner_id where employee_id in " + people)
                .update();
        jdbc.sql("delete from employee_period where employee_id in " + people).update();
        jdbc.sql("delete from employee where id in " + people).update();
        jdbc.sql("delete from org_unit where code = 'ER-TEAM'").update();
        jdbc.sql("delete from org_unit where code = 'ER-DEPT'").update();
        jdbc.sql("delete from app_user where username = ?").param(ACTOR).update();
        jdbc.sql("delete from erasure where erased_by = ?").param(ACTOR).update();
    }

    private long owner() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Erasure test', '{noop}unused', true, ?)")
                .params(ACTOR, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static Participation enrolled(long employeeId) {
        return new Participation(
                employeeId, ParticipantStatus.ENROLLED, START, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static EmployeeAttributes attributes(OrgUnit team, Optional<Long> manager, String salary) {
        return new EmployeeAttributes(
                team.id(), "B", manager, Money.of(salary, "EUR"), BigDecimal.ONE, new BigDecimal("36"));
    }
}
