package nl.rendement.app.importing;

import java.util.function.Consumer;
import java.util.function.Function;
import nl.rendement.app.importing.formats.ExportRow;
import nl.rendement.app.importing.formats.ImportFormat;
import org.springframework.jdbc.core.RowMapper;

/**
 * A kind's export as one query: its SQL with the reach's conditions in it, and a mapper from a
 * result row to the format's columns (made per request, so that it may hold a small lookup read
 * once, such as a programme's course ids).
 */
record QueryExport(
        ImportFormat format,
        Function<ExportReach, String> sql,
        Function<ExportRequest, RowMapper<ExportRow>> mapper,
        StoredRows stored)
        implements KindExport {

    @Override
    public void each(ExportRequest request, Consumer<ExportRow> rows) {
        stored.each(sql.apply(request.reach()), request.reach().params(request.day()), mapper.apply(request), rows);
    }
}
