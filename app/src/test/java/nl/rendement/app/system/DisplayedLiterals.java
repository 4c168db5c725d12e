package nl.rendement.app.system;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The literal text a Thymeleaf standard expression would display, as opposed to the literals it
 * only passes on. A literal is displayed text when it can end up in the output as it is:
 *
 * <ul>
 *   <li>a quoted literal outside any {@code ${...}}, {@code *{...}}, {@code #{...}}, {@code
 *       @{...}} or {@code ~{...}}: {@code 'Hello'}, {@code ${n} + ' items'}, {@code ${ok} ? 'Yes'};
 *   <li>a quoted literal inside {@code ${...}} or {@code *{...}} that is not an argument or index:
 *       {@code ${name ?: 'unknown'}} displays it, {@code ${problems.has('name')}} and {@code
 *       ${map['key']}} do not (a parenthesis right after a name is a call, any other one groups);
 *   <li>the text of a literal substitution outside its expressions: {@code |Total: ${n}|};
 *   <li>a bare token literal such as {@code th:text="Hello"}, except the words Thymeleaf reads as
 *       operators or constants ({@code and}, {@code true}, {@code null} ...).
 * </ul>
 *
 * <p>Everything inside {@code #{...}} (message keys and their arguments), {@code @{...}} (links)
 * and {@code ~{...}} (fragment names and parameters) is never displayed as written. Only literals
 * that contain a letter count: {@code ' '}, {@code '-'} and {@code '%'} are punctuation.
 */
final class DisplayedLiterals {

    private static final Set<String> KEYWORDS =
            Set.of("and", "or", "not", "gt", "lt", "ge", "le", "eq", "ne", "true", "false", "null");

    private enum Frame {
        TOP,
        DATA,
        OPAQUE,
        GROUP,
        ARGUMENTS
    }

    private DisplayedLiterals() {}

    static List<String> in(String expression) {
        List<String> displayed = new ArrayList<>();
        Deque<Frame> frames = new ArrayDeque<>(List.of(Frame.TOP));
        StringBuilder substitution = null;
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            char next = i + 1 < expression.length() ? expression.charAt(i + 1) : 0;
            boolean outside = !frames.contains(Frame.DATA) && !frames.contains(Frame.OPAQUE);
            if (c == '|' && outside) {
                if (substitution != null) {
                    keepIfWords(substitution.toString(), displayed);
                }
                substitution = substitution == null ? new StringBuilder() : null;
            } else if (next == '{' && "$*".indexOf(c) >= 0) {
                frames.push(Frame.DATA);
                i++;
            } else if (next == '{' && "#@~".indexOf(c) >= 0) {
                frames.push(Frame.OPAQUE);
                i++;
            } else if (substitution != null && outside) {
                substitution.append(c);
            } else if (c == '\'') {
                int end = endOfQuote(expression, i);
                if (!frames.contains(Frame.OPAQUE) && !frames.contains(Frame.ARGUMENTS)) {
                    keepIfWords(expression.substring(i + 1, end), displayed);
                }
                i = end;
            } else if (c == '(' || c == '[' || c == '{') {
                frames.push(c == '(' && !afterName(expression, i) ? Frame.GROUP : Frame.ARGUMENTS);
            } else if ((c == ')' || c == ']' || c == '}') && frames.size() > 1) {
                frames.pop();
            } else if (Character.isLetter(c) && outside) {
                int end = endOfToken(expression, i);
                String token = expression.substring(i, end);
                if (!KEYWORDS.contains(token)) {
                    displayed.add(token);
                }
                i = end - 1;
            }
            i++;
        }
        return displayed;
    }

    static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static void keepIfWords(String literal, List<String> displayed) {
        if (hasLetter(literal)) {
            displayed.add(literal);
        }
    }

    private static int endOfQuote(String expression, int open) {
        int i = open + 1;
        while (i < expression.length() && expression.charAt(i) != '\'') {
            i += expression.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, expression.length());
    }

    private static int endOfToken(String expression, int start) {
        int i = start;
        while (i < expression.length() && isTokenPart(expression.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTokenPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static boolean afterName(String expression, int open) {
        int i = open - 1;
        while (i >= 0 && Character.isWhitespace(expression.charAt(i))) {
            i--;
        }
        return i >= 0 && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_');
    }
}
