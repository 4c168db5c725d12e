package nl.rendement.app.system;

import java.util.List;
import java.util.Set;

/**
 * What the layout shows around every page: the current path, language, demo banner, and the
 * signed-in user's roles (none when nobody is signed in). Roles include the ones they imply.
 */
public record Layout(String path, String language, boolean demo, Set<String> roles) {

    public Layout {
        roles = Set.copyOf(roles);
    }

    public boolean signedIn() {
        return !roles.isEmpty();
    }

    public boolean viewer() {
        return roles.contains("VIEWER");
    }

    public boolean analyst() {
        return roles.contains("ANALYST");
    }

    public boolean admin() {
        return roles.contains("ADMIN");
    }

    /** The languages to switch to, each named in itself ("Nederlands", "English"). */
    public List<LanguageOption> languages() {
        return Languages.SUPPORTED.stream()
                .map(locale -> new LanguageOption(
                        locale.getLanguage(),
                        locale.getDisplayLanguage(locale),
                        locale.getLanguage().equals(language)))
                .toList();
    }

    public boolean at(String section) {
        return path.equals(section) || path.startsWith(section + "/");
    }

    /** A language the reader can switch to. */
    public record LanguageOption(String code, String name, boolean current) {}
}
