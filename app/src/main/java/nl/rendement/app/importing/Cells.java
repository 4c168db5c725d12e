package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.Conventions.DateOrder;
import nl.rendement.app.importing.Conventions.NumberStyle;
import nl.rendement.app.importing.formats.FormulaGuard;
import org.apache.poi.ss.usermodel.DateUtil;

/** Reads one cell as its column's type, with the styles and date order the survey decided. */
final class Cells {

    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "true", "waar", "1");
    private static final Set<String> NO = Set.of("nee", "n", "no", "false", "onwaar", "0");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<Column, NumberStyle> styles;
    private final DateOrder dates;

    Cells(Map<Column, NumberStyle> styles, DateOrder dates) {
        this.styles = styles;
        this.dates = dates;
    }

    CellRead read(Column column, RawCell cell) {
        if (cell.kind() == RawCell.Kind.FORMULA) {
            return CellRead.wrong("importing.problem.formula");
        }
        if (cell.isBlank()) {
            return column.required() ? CellRead.wrong("importing.problem.required") : CellRead.blank();
        }
        return switch (column.type()) {
            case TEXT -> CellRead.of(text(cell));
            case INTEGER, DECIMAL, PERCENTAGE -> number(column, cell);
            case DATE -> date(cell);
            case BOOLEAN -> bool(cell);
        };
    }

    private static String text(RawCell cell) {
        if (cell.kind() == RawCell.Kind.TEXT || cell.kind() == RawCell.Kind.BOOLEAN) {
            return FormulaGuard.restored(cell.text().strip());
        }
        if (cell.kind() == RawCell.Kind.DATE_SERIAL) {
            return serialDate(cell).toString();
        }
        return new BigDecimal(cell.text()).stripTrailingZeros().toPlainString();
    }

    private CellRead number(Column column, RawCell cell) {
        Optional<BigDecimal> number = switch (cell.kind()) {
            case NUMBER, DATE_SERIAL -> Optional.of(new BigDecimal(cell.text()));
            case PERCENT_NUMBER -> Optional.of(scaled(column, new BigDecimal(cell.text())));
            case TEXT -> Optional.empty();
            case BOOLEAN, FORMULA -> Optional.empty();
        };
        if (cell.kind() == RawCell.Kind.TEXT) {
            NumberStyle style = styles.get(column);
            String compact = Numbers.compact(cell.text(), column.type());
            number = Numbers.parse(compact, style);
            if (number.isEmpty() && Numbers.parse(compact, Numbers.other(style)).isPresent()) {
                return CellRead.wrong(
                        style == NumberStyle.DUTCH
                                ? "importing.problem.notDutchNumber"
                                : "importing.problem.notEnglishNumber");
            }
        }
        if (number.isEmpty()) {
            return CellRead.wrong("importing.problem.notANumber");
        }
        return column.type() == ColumnType.INTEGER ? whole(number.get()) : CellRead.of(number.get());
    }

    private static BigDecimal scaled(Column column, BigDecimal fraction) {
        return column.type() == ColumnType.PERCENTAGE
                ? fraction.multiply(HUNDRED).stripTrailingZeros()
                : fraction;
    }

    private static CellRead whole(BigDecimal number) {
        try {
            return CellRead.of(number.longValueExact());
        } catch (ArithmeticException notWhole) {
            return CellRead.wrong("importing.problem.notWholeNumber");
        }
    }

    private CellRead date(RawCell cell) {
        if (cell.kind() == RawCell.Kind.DATE_SERIAL) {
            return CellRead.of(serialDate(cell));
        }
        if (cell.kind() != RawCell.Kind.TEXT) {
            return CellRead.wrong("importing.problem.notADate");
        }
        return Dates.parse(cell.text(), dates)
                .map(CellRead::of)
                .orElseGet(() -> CellRead.wrong("importing.problem.notADate"));
    }

    private static java.time.LocalDate serialDate(RawCell cell) {
        return DateUtil.getLocalDateTime(Double.parseDouble(cell.text())).toLocalDate();
    }

    private static CellRead bool(RawCell cell) {
        String answer = cell.text().strip().toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
            return CellRead.of(Boolean.TRUE);
        }
        return NO.contains(answer) ? CellRead.of(Boolean.FALSE) : CellRead.wrong("importing.problem.notABoolean");
    }
}
