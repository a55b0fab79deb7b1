package org.hireloop.jobs.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one curated list of words whose inner capitals are no tag boundary ("DevOps", "iOS",
 * "PostgreSQL"). Splitting at case changes would cut them; add a word here when it does.
 */
final class TagWords {

    private static final List<String> WORDS = List.of(
            // operations and practices
            "DevOps",
            "DevSecOps",
            "MLOps",
            "DataOps",
            "GitOps",
            "SecOps",
            "AIOps",
            "FinOps",
            "RevOps",
            "BizOps",
            "LLMOps",
            "NetOps",
            "DevRel",
            "DevEx",
            "SysAdmin",
            // platforms and products
            "iOS",
            "iPadOS",
            "macOS",
            "watchOS",
            "tvOS",
            "visionOS",
            "iPhone",
            "iPad",
            "GitHub",
            "GitLab",
            "BitBucket",
            "LinkedIn",
            "WordPress",
            "YouTube",
            "PayPal",
            "PowerPoint",
            "SharePoint",
            "HubSpot",
            "QuickBooks",
            "NetSuite",
            "ServiceNow",
            "OpenAI",
            "ChatGPT",
            "SageMaker",
            "BigQuery",
            "CloudFormation",
            "OpenShift",
            "OpenStack",
            "PowerShell",
            "VMware",
            "AutoCAD",
            "SolidWorks",
            "ArcGIS",
            "PagerDuty",
            "TikTok",
            "WhatsApp",
            // languages, databases and frameworks
            "JavaScript",
            "TypeScript",
            "CoffeeScript",
            "ActionScript",
            "PostgreSQL",
            "MySQL",
            "NoSQL",
            "GraphQL",
            "SQLite",
            "MongoDB",
            "DynamoDB",
            "CouchDB",
            "InfluxDB",
            "MariaDB",
            "CockroachDB",
            "ClickHouse",
            "PyTorch",
            "TensorFlow",
            "NumPy",
            "SciPy",
            "FastAPI",
            "LangChain",
            "NestJS",
            "NextJS",
            "NodeJS",
            "VueJS",
            "ReactJS",
            "AngularJS",
            "jQuery",
            "OAuth",
            "OpenID",
            "WebAssembly",
            "WebGL",
            "WebRTC",
            "WebSockets",
            "gRPC",
            "dbt",
            "LaTeX",
            // business words
            "SaaS",
            "PaaS",
            "IaaS",
            "FaaS",
            "FinTech",
            "HealthTech",
            "EdTech",
            "PropTech",
            "InsurTech",
            "RegTech",
            "AdTech",
            "MarTech",
            "LegalTech",
            "CleanTech",
            "HRTech",
            "GovTech",
            "AgriTech",
            "FoodTech",
            "BioTech",
            "MedTech",
            "eCommerce",
            "eLearning",
            "eSports",
            "IoT",
            "IIoT",
            "AR/VR",
            "Web3",
            "B2B",
            "B2C",
            "D2C",
            "3D",
            "5G",
            "PhD",
            "McKinsey");

    /** Words by first letter, longest first, so "DevSecOps" wins over a shorter match. */
    private static final Map<Character, List<String>> BY_FIRST = index();

    private TagWords() {}

    private static Map<Character, List<String>> index() {
        Map<Character, List<String>> index = new HashMap<>();
        for (String word : WORDS) {
            index.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
        }
        index.values()
                .forEach(words ->
                        words.sort(Comparator.comparingInt(String::length).reversed()));
        return index;
    }

    /**
     * The curated word starting at index, or null. It must end where a word ends (not before a
     * lower case letter). Words starting with "e" do not match right after a lower case letter,
     * unless a word is known to end there: "SoftwareCommerce" is "Software" and "Commerce",
     * since so many words end in "e", but "FinTecheCommerce" is "FinTech" and "eCommerce".
     */
    static @Nullable String at(String text, int index, boolean wordEndsBefore) {
        List<String> candidates = BY_FIRST.get(text.charAt(index));
        if (candidates == null) {
            return null;
        }
        boolean afterLower = !wordEndsBefore && index > 0 && Character.isLowerCase(text.charAt(index - 1));
        for (String word : candidates) {
            int end = index + word.length();
            if (text.startsWith(word, index)
                    && (end == text.length() || !Character.isLowerCase(text.charAt(end)) || startsWordAt(text, end))
                    && !(afterLower && word.charAt(0) == 'e')) {
                return word;
            }
        }
        return null;
    }

    /** A lower case curated word ("eCommerce") may follow directly: "FinTecheCommerce". */
    private static boolean startsWordAt(String text, int index) {
        List<String> candidates = BY_FIRST.get(text.charAt(index));
        return candidates != null && candidates.stream().anyMatch(word -> text.startsWith(word, index));
    }
}
