package nl.rendement.app.importing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clears what the KPI and cost import tests write. Other tests share the database and delete
 * employees, units and programmes, so no row may be left pointing at one.
 */
final class KpiTables {

    private KpiTables() {}

    static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
        jdbc.sql("delete from kpi_observation").update();
        jdbc.sql("delete from kpi_definition").update();
        jdbc.sql("delete from cost_line").update();
        jdbc.sql("delete from exchange_rate").update();
        jdbc.sql("delete from org_unit where code like 'KPI-%'").update();
    }
}
