package nl.rendement.app.importing;

import java.util.List;

/** A row as the file stores it, numbered as a spreadsheet shows it. */
record RawRow(int number, List<RawCell> cells) {

    RawRow {
        cells = List.copyOf(cells);
    }

    RawCell cell(int index) {
        return index < cells.size() ? cells.get(index) : RawCell.BLANK;
    }

    boolean isBlank() {
        for (RawCell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
