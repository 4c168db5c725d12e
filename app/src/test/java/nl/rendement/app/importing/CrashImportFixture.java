package nl.rendement.app.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the crash test imports: an organisation of {@value #TEAMS} teams and a daily team KPI as
 * JSON rows, and a CSV file of {@value #ROWS} observations of that KPI, one per team and day, so
 * that the commit moves several chunks and lasts a few seconds.
 */
final class CrashImportFixture {

    static final int ROWS = 200_000;
    static final int TEAMS = 40;

    private static final String KPI = "crash-daily";
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    private CrashImportFixture() {}

    /** The organisation and its teams as JSON rows of the org-units kind. */
    static String units() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(unit("ORG", "organisation", ""));
        IntStream.rangeClosed(1, TEAMS).forEach(team -> rows.add(unit(team(team), "team", "ORG")));
        return JsonMapper.shared().writeValueAsString(rows);
    }

    /** The KPI as a JSON row of the kpi-definitions kind. */
    static String kpi() {
        return JsonMapper.shared()
                .writeValueAsString(List.of(Map.of(
                        "code", KPI,
                        "name", "Crash test daily",
                        "unit", "count",
                        "direction", "higher is better",
                        "aggregation", "sum",
                        "period", "day")));
    }

    /** One value per team and day, {@value #ROWS} rows in all, as a CSV file of the kpi-observations kind. */
    static byte[] observations() {
        StringBuilder file = new StringBuilder(ROWS * 40).append("kpi,team,period start,value\n");
        int days = ROWS / TEAMS;
        for (int team = 1; team <= TEAMS; team++) {
            for (int day = 0; day < days; day++) {
                file.append(KPI).append(',').append(team(team)).append(',').append(FIRST_DAY.plusDays(day));
                file.append(',').append(day % 97).append('.').append(team % 10).append('\n');
            }
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> unit(String code, String kind, String parent) {
        return Map.of(
                "code", code, "name", "Unit " + code, "kind", kind, "parent code", parent, "valid from", "1990-01-01");
    }

    private static String team(int number) {
        return String.format(Locale.ROOT, "T%02d", number);
    }
}
