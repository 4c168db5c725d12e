package nl.rendement.app.evaluation.charts;

import java.math.BigDecimal;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.TextAnchor;

/** Writes each bar's ROI at its far end, left of a bar that goes left, right of one that goes right. */
final class TornadoEndLabels extends IntervalBarRenderer {

    private static final long serialVersionUID = 1L;

    private static final ItemLabelPosition LEFT =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);
    private static final ItemLabelPosition RIGHT =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);

    private final transient TornadoChart.Tornado tornado;

    TornadoEndLabels(TornadoChart.Tornado tornado) {
        this.tornado = tornado;
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
        return side(row, column);
    }

    @Override
    public ItemLabelPosition getNegativeItemLabelPosition(int row, int column) {
        return side(row, column);
    }

    private ItemLabelPosition side(int row, int column) {
        TornadoChart.Input input = tornado.inputs().get(column);
        BigDecimal end = row == 0 ? input.roiAtLow() : input.roiAtHigh();
        return end.compareTo(tornado.headline()) < 0 ? LEFT : RIGHT;
    }
}
