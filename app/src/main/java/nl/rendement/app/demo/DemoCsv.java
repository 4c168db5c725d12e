package nl.rendement.app.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The generated organisation as CSV files (semicolon-separated, UTF-8, LF), in a fixed order: the
 * form in which the same seed must give byte-identical output, and a readable dump of the demo.
 * The first five are the organisation as generated (units, people, their periods, programmes and
 * participants); the rest are the files a demo start imports, in the order it imports them.
 */
public final class DemoCsv {

    private DemoCsv() {}

    public static Map<String, byte[]> files(DemoOrganisation organisation) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("units.csv", csv(writer -> {
            writer.writeRecord("code", "name", "kind", "parent");
            organisation
                    .units()
                    .forEach(unit -> writer.writeRecord(
                            unit.code(),
                            unit.name(),
                            unit.kind().name(),
                            unit.parentCode().orElse("")));
        }));
        files.put("employees.csv", csv(writer -> {
            writer.writeRecord("employee_number", "email", "hire_date", "exit_date", "exit_reason");
            organisation
                    .people()
                    .forEach(person -> writer.writeRecord(
                            person.employeeNumber(),
                            person.email(),
                            person.hireDate().toString(),
                            person.exit().map(exit -> exit.lastDay().toString()).orElse(""),
                            person.exit().map(exit -> exit.reason().name()).orElse("")));
        }));
        files.put("employee_periods.csv", csv(writer -> {
            writer.writeRecord(
                    "employee_number",
                    "valid_from",
                    "unit",
                    "job_group",
                    "manager",
                    "annual_salary",
                    "fte",
                    "contract_hours");
            organisation
                    .people()
                    .forEach(person -> person.periods()
                            .forEach(period -> writer.writeRecord(
                                    person.employeeNumber(),
                                    period.from().toString(),
                                    period.unitCode(),
                                    period.jobGroup(),
                                    period.managerNumber().orElse(""),
                                    period.annualSalary().toPlainString(),
                                    period.fte().toPlainString(),
                                    period.contractHours().toPlainString())));
        }));
        files.put("programmes.csv", csv(writer -> {
            writer.writeRecord(
                    "name", "type", "delivery_mode", "due_date", "target_level", "lms_course_ids", "selection");
            organisation
                    .programmes()
                    .forEach(programme -> writer.writeRecord(
                            programme.name(),
                            programme.type().code(),
                            programme.deliveryMode().code(),
                            programme.dueDate().map(Object::toString).orElse(""),
                            String.valueOf(programme.targetLevel()),
                            String.join(",", programme.lmsCourseIds()),
                            programme.selection()));
        }));
        files.put("participants.csv", csv(writer -> {
            writer.writeRecord(
                    "programme",
                    "cohort",
                    "cohort_start",
                    "cohort_end",
                    "employee_number",
                    "status",
                    "enrolled_on",
                    "started_on",
                    "completed_on",
                    "hours");
            organisation
                    .programmes()
                    .forEach(programme -> programme
                            .cohorts()
                            .forEach(cohort -> cohort.enrolments()
                                    .forEach(enrolment -> writer.writeRecord(
                                            programme.name(),
                                            cohort.name(),
                                            cohort.start().toString(),
                                            cohort.end().toString(),
                                            enrolment.employeeNumber(),
                                            enrolment.status().code(),
                                            enrolment.enrolledOn().toString(),
                                            enrolment
                                                    .startedOn()
                                                    .map(Object::toString)
                                                    .orElse(""),
                                            enrolment
                                                    .completedOn()
                                                    .map(Object::toString)
                                                    .orElse(""),
                                            enrolment.hours().toPlainString()))));
        }));
        DemoFile.peopleAndProgrammes(organisation).forEach(file -> files.put(file.name(), file.content()));
        files.put(DemoCostLedger.FILE_NAME, DemoCostLedger.csv(organisation));
        files.put(DemoEngagement.FILE_NAME, DemoEngagement.csv(organisation));
        files.put(DemoAssessments.FILE_NAME, DemoAssessments.csv(organisation));
        files.put(DemoSurveys.FILE_NAME, DemoSurveys.csv(organisation));
        files.put(DemoKpis.DEFINITIONS_FILE, DemoKpis.definitions());
        files.putAll(DemoKpis.observations(organisation));
        return files;
    }

    static byte[] csv(Consumer<CsvWriter> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.builder()
                .fieldSeparator(';')
                .lineDelimiter(LineDelimiter.LF)
                .build(bytes, StandardCharsets.UTF_8)) {
            rows.accept(writer);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
