package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.importing.formats.PeopleFormats;
import nl.rendement.app.people.UnitKind;

/**
 * A row of an org-units file: its code and, when the row itself is sound (a known kind, a
 * lifetime of at least one day, short enough texts, not its own parent), the unit it describes.
 */
record UnitRow(Row row, String code, Optional<UnitValue> value) {

    static final Column CODE = PeopleFormats.UNIT_CODE;
    static final Column NAME = PeopleFormats.UNIT_NAME;
    static final Column KIND = PeopleFormats.UNIT_KIND;
    static final Column PARENT = PeopleFormats.PARENT;
    static final Column VALID_FROM = PeopleFormats.VALID_FROM;
    static final Column VALID_TO = PeopleFormats.VALID_TO;

    /** The file's rows, each code once: a later row with a code already read is a problem and left out. */
    static List<UnitRow> read(List<Row> rows, ImportPlan plan) {
        Map<String, Integer> firstRows = new HashMap<>();
        List<UnitRow> read = new ArrayList<>();
        for (Row row : rows) {
            String code = row.text(CODE).orElseThrow();
            Integer first = firstRows.putIfAbsent(code, row.number());
            if (first != null) {
                plan.problem(row, CODE, code, Optional.empty(), "importing.org-units.duplicateCode", first);
            } else {
                read.add(new UnitRow(row, code, value(row, code, plan)));
            }
        }
        return read;
    }

    private static Optional<UnitValue> value(Row row, String code, ImportPlan plan) {
        String name = row.text(NAME).orElseThrow();
        String writtenKind = row.text(KIND).orElseThrow();
        Optional<String> parent = row.text(PARENT);
        LocalDate from = row.date(VALID_FROM).orElseThrow();
        Optional<LocalDate> to = row.date(VALID_TO);
        Optional<UnitKind> kind = Coded.code(PeopleFormats.UNIT_KINDS, writtenKind)
                .map(word -> UnitKind.valueOf(word.toUpperCase(Locale.ROOT)));
        if (code.length() > 64) {
            plan.problem(row, CODE, code, Optional.empty(), "importing.org-units.tooLong", 64);
        }
        if (name.length() > 200) {
            plan.problem(row, NAME, name, Optional.empty(), "importing.org-units.tooLong", 200);
        }
        if (kind.isEmpty()) {
            plan.problem(row, KIND, writtenKind, Optional.empty(), "importing.org-units.unknownKind", writtenKind);
        }
        if (parent.filter(code::equals).isPresent()) {
            plan.problem(row, PARENT, code, Optional.empty(), "importing.org-units.ownParent");
        }
        if (to.filter(end -> !end.isAfter(from)).isPresent()) {
            plan.problem(
                    row, VALID_TO, to.get().toString(), Optional.empty(), "importing.org-units.endNotAfterStart", from);
        }
        return plan.hasProblem(row) ? Optional.empty() : Optional.of(new UnitValue(name, kind.get(), parent, from, to));
    }
}
