package nl.rendement.app.programme;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Training programmes and their cohorts in aggregates, for everyone signed in; the history for analysts. */
@Controller
class ProgrammesController {

    private final ProgrammeOverview overview;
    private final ProgrammeHistory history;

    ProgrammesController(ProgrammeOverview overview, ProgrammeHistory history) {
        this.overview = overview;
        this.history = history;
    }

    @GetMapping("/programmes")
    String programmes(Model model) {
        model.addAttribute("rows", overview.rows());
        model.addAttribute("threshold", overview.threshold());
        return "programme/index";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, HttpServletRequest request, Model model) {
        ProgrammeOverview.Detail detail = overview.detail(id).orElseThrow(ProgrammesController::notFound);
        model.addAttribute("detail", detail);
        model.addAttribute("threshold", overview.threshold());
        model.addAttribute("owner", overview.ownerName(detail.programme()));
        model.addAttribute("changes", request.isUserInRole("ANALYST") ? history.of(id) : List.of());
        return "programme/detail";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
