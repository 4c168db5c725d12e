package fixture;

class Notices {

    static final String DATABASE = "spring.datasource.url";
    static final char QUOTE = '"';

    String saved() {
        return "page.title";
    }

    String notAKey() {
        return "Page.title and more";
    }
}
