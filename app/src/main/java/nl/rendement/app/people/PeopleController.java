package nl.rendement.app.people;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Employees and org units over time: personal data, for analysts only. */
@Controller
class PeopleController {

    @GetMapping("/people")
    String people() {
        return "people/index";
    }
}
