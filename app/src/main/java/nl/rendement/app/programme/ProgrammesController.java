package nl.rendement.app.programme;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Training programmes and their cohorts in aggregates, for everyone signed in; the history for analysts. */
@Controller
class ProgrammesController {

    static final int PARTICIPANTS_PAGE = 100;

    private final ProgrammeOverview overview;
    private final ProgrammeHistory history;
    private final ProgrammeAccess access;
    private final ParticipantList participants;

    ProgrammesController(
            ProgrammeOverview overview,
            ProgrammeHistory history,
            ProgrammeAccess access,
            ParticipantList participants) {
        this.overview = overview;
        this.history = history;
        this.access = access;
        this.participants = participants;
    }

    @GetMapping("/programmes")
    String programmes(Model model) {
        ProgrammeReach reach = access.current();
        model.addAttribute("rows", overview.rows(reach));
        model.addAttribute("limited", !reach.everything());
        model.addAttribute("threshold", overview.threshold());
        return "programme/index";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, HttpServletRequest request, Model model) {
        ProgrammeReach reach = access.current();
        ProgrammeOverview.Detail detail = overview.detail(id, reach).orElseThrow(ProgrammesController::notFound);
        model.addAttribute("detail", detail);
        model.addAttribute("limited", !reach.everything());
        model.addAttribute("editable", reach.seesWhole(id));
        model.addAttribute("threshold", overview.threshold());
        model.addAttribute("owner", overview.ownerName(detail.programme()));
        model.addAttribute("changes", request.isUserInRole("ANALYST") ? history.of(id) : List.of());
        return "programme/detail";
    }

    /** The participants one by one (personal data, analysts only), within the reader's reach. */
    @GetMapping("/programmes/{id}/participants")
    String participants(@PathVariable long id, @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        ProgrammeReach reach = access.current();
        Programme programme = access.visible(reach, id);
        List<ParticipantList.Row> rows = participants.of(id, reach.participantsIn(id), reach.units());
        int pages = Math.max(1, (rows.size() + PARTICIPANTS_PAGE - 1) / PARTICIPANTS_PAGE);
        int shown = Math.min(Math.max(1, page), pages);
        model.addAttribute("programme", programme);
        model.addAttribute("whole", reach.seesWhole(id));
        model.addAttribute("total", rows.size());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute(
                "rows",
                rows.subList((shown - 1) * PARTICIPANTS_PAGE, Math.min(rows.size(), shown * PARTICIPANTS_PAGE)));
        return "programme/participants";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
