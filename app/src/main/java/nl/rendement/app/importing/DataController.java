package nl.rendement.app.importing;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Data in: the uploads of HR, LMS, survey, KPI and cost files, for analysts only. */
@Controller
class DataController {

    @GetMapping("/data")
    String data() {
        return "importing/data";
    }
}
