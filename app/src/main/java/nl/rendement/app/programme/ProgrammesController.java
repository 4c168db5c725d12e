package nl.rendement.app.programme;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Training programmes and their cohorts, once they are imported or created. */
@Controller
class ProgrammesController {

    @GetMapping("/programmes")
    String programmes() {
        return "programme/index";
    }
}
