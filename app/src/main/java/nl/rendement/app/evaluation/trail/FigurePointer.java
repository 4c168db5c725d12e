package nl.rendement.app.evaluation.trail;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a figure's JSON pointer (RFC 6901) says about the figure: its field and its measure. */
final class FigurePointer {

    private FigurePointer() {}

    /** The last token that is not an array index: "roiPercent" of /roi/roiPercent, "share" of /…/distribution/1/share. */
    static String field(String pointer) {
        List<String> tokens = tokens(pointer);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokens.get(i).matches("\\d+")) {
                return tokens.get(i);
            }
        }
        return "";
    }

    /** The index of the measure a figure under /measures/{index} belongs to. */
    static Optional<Integer> measure(String pointer) {
        List<String> tokens = tokens(pointer);
        if (tokens.size() > 2
                && tokens.get(0).equals("measures")
                && tokens.get(1).matches("\\d{1,9}")) {
            return Optional.of(Integer.parseInt(tokens.get(1)));
        }
        return Optional.empty();
    }

    private static List<String> tokens(String pointer) {
        return Arrays.stream(pointer.substring(1).split("/", -1))
                .map(token -> token.replace("~1", "/").replace("~0", "~"))
                .toList();
    }
}
