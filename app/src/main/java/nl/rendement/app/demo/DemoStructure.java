package nl.rendement.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.people.UnitKind;

/** The demo's units: the organisation, its departments and their teams, with each department's job mix. */
final class DemoStructure {

    static final String ROOT = "ORG";

    private static final List<Department> DEPARTMENTS = List.of(
            new Department("Verkoop", 0.30, 0.20),
            new Department("Klantenservice", 0.55, 0.30),
            new Department("Operatie", 0.60, 0.15),
            new Department("Logistiek", 0.65, 0.20),
            new Department("Financi\u00ebn", 0.10, 0.45),
            new Department("HR", 0.10, 0.45),
            new Department("ICT", 0.05, 0.15),
            new Department("Marketing", 0.15, 0.30));
    private static final List<String> REGIONS = List.of("Noord", "Zuid", "Oost", "West", "Midden");

    private DemoStructure() {}

    static List<DemoOrganisation.Unit> units(DemoSpec.DemoSize size) {
        List<DemoOrganisation.Unit> units = new ArrayList<>();
        units.add(new DemoOrganisation.Unit(ROOT, "Voorbeeldgroep", UnitKind.ORGANISATION, Optional.empty()));
        for (int d = 0; d < size.departments; d++) {
            String department = departmentCode(d);
            units.add(new DemoOrganisation.Unit(
                    department, DEPARTMENTS.get(d).name(), UnitKind.DEPARTMENT, Optional.of(ROOT)));
            for (int t = 0; t < size.teamsPerDepartment; t++) {
                units.add(new DemoOrganisation.Unit(
                        teamCode(d, t),
                        DEPARTMENTS.get(d).name() + " " + REGIONS.get(t),
                        UnitKind.TEAM,
                        Optional.of(department)));
            }
        }
        return units;
    }

    static String departmentCode(int department) {
        return String.format("D%02d", department + 1);
    }

    static String teamCode(int department, int team) {
        return departmentCode(department) + "-T" + (team + 1);
    }

    /** The job group of a new team member in this department, from a uniform draw in [0, 1). */
    static JobGroup memberGroup(int department, double draw) {
        Department mix = DEPARTMENTS.get(department);
        if (draw < mix.entryShare()) {
            return JobGroup.ENTRY;
        }
        return draw < mix.entryShare() + mix.officeShare() ? JobGroup.OFFICE : JobGroup.PROFESSIONAL;
    }

    private record Department(String name, double entryShare, double officeShare) {}
}
