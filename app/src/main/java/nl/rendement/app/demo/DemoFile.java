package nl.rendement.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A generated file as the demo brings it in: the import kind it is uploaded as, its name and its bytes. */
record DemoFile(String kind, String name, byte[] content) {

    /** The organisation itself, in the order it must be imported: its people, then its programmes. */
    static List<DemoFile> peopleAndProgrammes(DemoOrganisation organisation) {
        List<DemoFile> files = new ArrayList<>(DemoPeopleFiles.of(organisation));
        files.addAll(DemoProgrammeFiles.of(organisation));
        return files;
    }

    /** A stored code as the English word a file writes ({@code no_show} is {@code no show}). */
    static String word(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
