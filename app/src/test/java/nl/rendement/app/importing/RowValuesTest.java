package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row's values over its file's columns: a read-only map of the values present, found by the column or an equal one. */
class RowValuesTest {

    private static final Column KPI = Column.required("kpi", "kpi", ColumnType.TEXT);
    private static final Column TEAM = Column.optional("team", "team", ColumnType.TEXT);
    private static final Column VALUE = Column.required("value", "waarde", ColumnType.DECIMAL);

    private final RowValues.Columns columns = new RowValues.Columns(List.of(KPI, TEAM, VALUE));

    @Test
    void aValueIsFoundByItsColumnOrAnEqualOneAndAnAbsentOneIsNoEntry() {
        RowValues values = new RowValues(columns, new Object[] {"revenue", null, new BigDecimal("12.5")});

        assertThat(values.get(KPI)).isEqualTo("revenue");
        assertThat(values.get(Column.required("kpi", "kpi", ColumnType.TEXT))).isEqualTo("revenue");
        assertThat(values.get(TEAM)).isNull();
        assertThat(values.containsKey(TEAM)).isFalse();
        assertThat(values.get(Column.optional("weight", "gewicht", ColumnType.DECIMAL)))
                .isNull();
        assertThat(values.get("kpi")).isNull();
        assertThat(values).hasSize(2).isEqualTo(Map.of(KPI, "revenue", VALUE, new BigDecimal("12.5")));
    }

    @Test
    void aRowKeepsTheValuesAsTheyAreAndReadsThemByType() {
        Row row = new Row(
                7,
                new RowValues(columns, new Object[] {"revenue", "SALES-NL", new BigDecimal("12.5")}),
                Map.of(KPI, "kpi"));

        assertThat(row.text(TEAM)).contains("SALES-NL");
        assertThat(row.decimal(VALUE)).contains(new BigDecimal("12.5"));
        assertThat(row)
                .isEqualTo(new Row(
                        7,
                        Map.of(KPI, "revenue", TEAM, "SALES-NL", VALUE, new BigDecimal("12.5")),
                        Map.of(KPI, "kpi")));
    }

    @Test
    void valuesMustMatchTheColumnsAndAColumnComesOnce() {
        assertThatThrownBy(() -> new RowValues(columns, new Object[] {"revenue"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RowValues.Columns(List.of(KPI, TEAM, KPI)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
