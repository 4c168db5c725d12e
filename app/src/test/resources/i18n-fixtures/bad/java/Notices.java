package fixture;

class Notices {

    String saved() {
        return "page.gone";
    }
}
