package nl.rendement.app.evaluation.trail;

import jakarta.servlet.http.HttpServletRequest;
import nl.rendement.app.evaluation.run.Run;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * How one figure of a stored result version was obtained: its value and the trail's steps in the
 * reader's language (docs/method-trail.md). The figure is a JSON pointer into the version's result
 * (docs/evaluation-result.md) at an object with a {@code trail}. Reads the stored result only; the
 * engine never runs for a page. Within the reader's access as the programme pages; person-level
 * facts and small-group figures only for analysts who see the programme whole.
 */
@Controller
class TrailController {

    private final Runs runs;
    private final ProgrammeAccess access;
    private final TrailPages pages;

    TrailController(Runs runs, ProgrammeAccess access, TrailPages pages) {
        this.runs = runs;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/programmes/{id}/versions/{number}/trail")
    String trail(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(name = "figure", required = false) String figure,
            HttpServletRequest request,
            Model model) {
        Programme programme = access.visible(id);
        Runs.Version version = runs.version(id, number).orElseThrow(TrailController::notFound);
        Reader reader =
                request.isUserInRole("ANALYST") && access.seesWhole(id) ? Reader.PERSON_LEVEL : Reader.AGGREGATES;
        TrailPage page = pages.of(version.result(), figure, reader).orElseThrow(TrailController::notFound);
        model.addAttribute("programme", programme);
        model.addAttribute("version", version.number());
        model.addAttribute("frozen", version.run().frozen().map(Run.Frozen::label));
        model.addAttribute("page", page);
        return "evaluation/trail";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
