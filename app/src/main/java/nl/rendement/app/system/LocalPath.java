package nl.rendement.app.system;

/** A path within this application, safe to redirect to (no other host, no scheme). */
final class LocalPath {

    private LocalPath() {}

    static String orRoot(String candidate) {
        boolean local = candidate != null
                && candidate.startsWith("/")
                && !candidate.startsWith("//")
                && !candidate.contains("\\")
                && candidate.chars().noneMatch(Character::isISOControl);
        return local ? candidate : "/";
    }
}
