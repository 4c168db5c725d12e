package nl.rendement.app.survey;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Stored numbers without the zeros their column's scale adds: 2.500000 is 2.5, 10.000000 is 10. */
final class StoredDecimals {

    private StoredDecimals() {}

    static Optional<BigDecimal> read(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getBigDecimal(column)).map(StoredDecimals::plain);
    }

    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
