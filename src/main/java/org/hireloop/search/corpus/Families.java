package org.hireloop.search.corpus;

import static org.hireloop.search.corpus.Tools.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hireloop.search.corpus.RoleFamily.Competency;
import org.hireloop.search.corpus.RoleFamily.Tool;

/**
 * The role families of the corpus. Each ladder runs junior, mid, senior, staff (or lead,
 * principal) to manager; lateral moves link the families into one career graph. In templates,
 * "{a|b}" picks one wording and "{tool:Competency}" names one of the tools of
 * that competency of the family ("{tool:A;B}": of either).
 */
final class Families {

    /** Abbreviations career paths write after some titles: "Site Reliability Engineer (SRE)". */
    static final Map<String, String> ABBREVIATIONS = Map.of(
            "Site Reliability Engineer", "SRE",
            "Quality Assurance Engineer", "QA",
            "Machine Learning Engineer", "MLE",
            "Associate Product Manager", "APM",
            "Product Manager", "PM",
            "Sales Engineer", "SE",
            "Software Development Engineer in Test", "SDET",
            "Chief Information Security Officer", "CISO");

    static final List<RoleFamily> ALL = List.of(
            new RoleFamily(
                    "backend",
                    "Engineering",
                    List.of(
                            List.of("Junior Backend Engineer", "Junior Backend Developer"),
                            List.of("Backend Engineer", "Backend Developer", "Java Developer"),
                            List.of("Senior Backend Engineer", "Senior Backend Developer", "Senior Java Developer"),
                            List.of("Staff Backend Engineer", "Principal Backend Engineer"),
                            List.of("Backend Engineering Manager")),
                    List.of("Backend Development", "Software Engineering", "Microservices", "Cloud Computing", "APIs"),
                    List.of(
                            new Competency(
                                    "Programming Proficiency",
                                    List.of(JAVA, GO, PYTHON, KOTLIN, CSHARP, RUST),
                                    "writing clean, testable and efficient server-side code"),
                            new Competency(
                                    "Frameworks",
                                    List.of(SPRING, DJANGO, NODE, RAILS),
                                    "building production services quickly and safely"),
                            new Competency(
                                    "Database Technologies",
                                    List.of(POSTGRES, MYSQL, REDIS, MONGODB, CASSANDRA),
                                    "modelling data, tuning queries and planning migrations"),
                            new Competency(
                                    "Containerization & Orchestration",
                                    List.of(DOCKER, KUBERNETES),
                                    "building, deploying and managing containerized applications"),
                            new Competency(
                                    "API Design",
                                    List.of(GRPC, GRAPHQL),
                                    "designing RESTful and RPC interfaces that evolve without breaking clients"),
                            new Competency(
                                    "Messaging & Streaming",
                                    List.of(KAFKA, RABBITMQ),
                                    "event-driven architectures and asynchronous processing"),
                            new Competency(
                                    "Cloud Computing",
                                    List.of(AWS, GCP, AZURE),
                                    "running services on managed cloud infrastructure")),
                    List.of(
                            "You will {design|build|own} the services and APIs behind our product, from the data model to production operations.",
                            "You will {shape|evolve} a distributed backend that {serves|handles} millions of requests a day with high availability."),
                    List.of(
                            "{Design, develop and deploy|Build and operate|Develop and maintain} scalable backend services and APIs that power our core product features.",
                            "Write clean, well-tested code in {tool:Programming Proficiency} and take part in thorough code reviews.",
                            "Design data models and schemas and {optimize|tune} queries on {tool:Database Technologies}.",
                            "{Identify and resolve|Diagnose and fix} performance bottlenecks and production incidents in a timely manner.",
                            "Build event-driven integrations with {tool:Messaging & Streaming} between services owned by different teams.",
                            "Package and ship services with {tool:Containerization & Orchestration} through automated CI/CD pipelines.",
                            "Contribute to the evolution of our microservices architecture, including service boundaries and communication patterns.",
                            "Improve the observability of our services with metrics, logs and traces.",
                            "Translate product requirements into {technical designs|concrete technical specifications} with product managers and designers.",
                            "Participate in an on-call rotation and {lead|join} blameless post-incident reviews."),
                    List.of("fullstack", "sre", "data_engineering", "qa"),
                    List.of("Computer Science", "Software Engineering", "Computer Engineering", "Mathematics"),
                    List.of("Software Engineering Intern", "Computer Science Graduate"),
                    List.of("Director of Engineering", "VP of Engineering"),
                    1.0),
            new RoleFamily(
                    "frontend",
                    "Engineering",
                    List.of(
                            List.of("Junior Frontend Developer", "Junior Frontend Engineer"),
                            List.of("Frontend Developer", "Frontend Engineer", "React Developer"),
                            List.of("Senior Frontend Engineer", "Senior Frontend Developer", "Senior React Developer"),
                            List.of("Staff Frontend Engineer", "Principal Frontend Engineer"),
                            List.of("Frontend Engineering Manager")),
                    List.of(
                            "Frontend Development",
                            "Web Development",
                            "JavaScript",
                            "User Interfaces",
                            "Accessibility"),
                    List.of(
                            new Competency(
                                    "Modern JavaScript",
                                    List.of(JAVASCRIPT, TYPESCRIPT),
                                    "writing type-safe, maintainable code for the browser"),
                            new Competency(
                                    "Frontend Frameworks",
                                    List.of(REACT, ANGULAR, VUE, NEXT),
                                    "building component-based single-page applications"),
                            new Competency(
                                    "Styling & Layout",
                                    List.of(HTML_CSS, TAILWIND),
                                    "responsive, accessible interfaces that match the design system"),
                            new Competency(
                                    "Build Tooling",
                                    List.of(WEBPACK, NODE),
                                    "fast builds, code splitting and reliable bundles"),
                            new Competency(
                                    "Testing",
                                    List.of(CYPRESS, PLAYWRIGHT),
                                    "unit, component and end-to-end tests that catch regressions"),
                            new Competency(
                                    "API Integration",
                                    List.of(GRAPHQL),
                                    "consuming APIs and managing client-side state"),
                            new Competency(
                                    "Design Collaboration",
                                    List.of(FIGMA),
                                    "turning designs and prototypes into pixel-perfect interfaces")),
                    List.of(
                            "You will {build|craft} fast, accessible interfaces that our customers use every day.",
                            "You will own the user experience of our web application, from the component library to performance in the browser."),
                    List.of(
                            "{Build|Develop|Implement} responsive, accessible user interfaces in {tool:Frontend Frameworks}.",
                            "Turn designs from {tool:Design Collaboration} into reusable components of our design system.",
                            "{Improve|Measure and improve} page load performance, Core Web Vitals and bundle size.",
                            "Write unit and end-to-end tests with {tool:Testing} to keep releases safe.",
                            "Work with backend engineers to design the APIs the interface needs.",
                            "Make sure every screen meets WCAG accessibility guidelines.",
                            "Review code and share frontend best practices across teams.",
                            "Instrument the interface to understand how customers use it.",
                            "Migrate legacy screens to {tool:Frontend Frameworks} without interrupting customers."),
                    List.of("fullstack", "mobile", "product_design", "qa"),
                    List.of(
                            "Computer Science",
                            "Software Engineering",
                            "Human-Computer Interaction",
                            "Interaction Design"),
                    List.of("Web Development Bootcamp Graduate", "Software Engineering Intern"),
                    List.of("Director of Engineering"),
                    0.97),
            new RoleFamily(
                    "fullstack",
                    "Engineering",
                    List.of(
                            List.of("Junior Full Stack Developer"),
                            List.of("Full Stack Developer", "Full Stack Engineer"),
                            List.of("Senior Full Stack Engineer", "Senior Full Stack Developer"),
                            List.of("Lead Full Stack Engineer", "Principal Full Stack Engineer"),
                            List.of("Full Stack Engineering Manager")),
                    List.of("Full Stack Development", "Web Development", "SaaS", "Product Engineering"),
                    List.of(
                            new Competency(
                                    "Frontend Development",
                                    List.of(REACT, VUE, TYPESCRIPT, JAVASCRIPT),
                                    "building interactive, accessible web applications"),
                            new Competency(
                                    "Backend Development",
                                    List.of(NODE, PYTHON, RAILS, DJANGO, JAVA),
                                    "designing APIs and business logic"),
                            new Competency(
                                    "Databases",
                                    List.of(POSTGRES, MYSQL, MONGODB, REDIS),
                                    "schema design and query optimization"),
                            new Competency(
                                    "Cloud & Deployment",
                                    List.of(AWS, DOCKER, GITHUB_ACTIONS),
                                    "shipping features to production several times a day"),
                            new Competency(
                                    "API Design",
                                    List.of(GRAPHQL),
                                    "clear contracts between the interface and the services")),
                    List.of(
                            "You will {ship|deliver} features end to end, from the database schema to the last pixel.",
                            "You will work across our whole stack and {own|drive} product features from idea to production."),
                    List.of(
                            "{Build|Ship|Deliver} product features end to end with {tool:Frontend Development} and {tool:Backend Development}.",
                            "Design database schemas and APIs for new features.",
                            "Write automated tests across the stack and keep the build green.",
                            "Collaborate with designers to refine interactions and edge cases.",
                            "Deploy and monitor features in production with {tool:Cloud & Deployment}.",
                            "Break large features into small, safe increments.",
                            "Fix bugs reported by customers and support, wherever they are in the stack.",
                            "Improve developer tooling and documentation for the team."),
                    List.of("backend", "frontend", "mobile"),
                    List.of("Computer Science", "Software Engineering", "Information Systems"),
                    List.of("Web Development Bootcamp Graduate", "Computer Science Graduate"),
                    List.of("Director of Engineering"),
                    0.98),
            new RoleFamily(
                    "mobile",
                    "Engineering",
                    List.of(
                            List.of("Junior Mobile Developer"),
                            List.of("Mobile Developer", "iOS Developer", "Android Developer"),
                            List.of("Senior Mobile Engineer", "Senior iOS Engineer", "Senior Android Engineer"),
                            List.of("Staff Mobile Engineer", "Principal Mobile Engineer"),
                            List.of("Mobile Engineering Manager")),
                    List.of("Mobile Development", "iOS", "Android", "Consumer Apps"),
                    List.of(
                            new Competency(
                                    "iOS Development",
                                    List.of(SWIFT, SWIFTUI, XCODE),
                                    "native apps that feel at home on the iPhone and iPad"),
                            new Competency(
                                    "Android Development",
                                    List.of(KOTLIN, JETPACK_COMPOSE, ANDROID_STUDIO),
                                    "native apps across the range of Android devices"),
                            new Competency(
                                    "Cross-Platform Frameworks",
                                    List.of(REACT_NATIVE, FLUTTER),
                                    "sharing code between platforms without hurting the experience"),
                            new Competency(
                                    "Mobile Testing",
                                    List.of(APPIUM),
                                    "automated UI tests on real devices and simulators"),
                            new Competency(
                                    "Mobile Backend Integration",
                                    List.of(GRAPHQL),
                                    "offline-first data sync, push notifications and API integration")),
                    List.of(
                            "You will {build|craft} the mobile apps our customers carry in their pockets.",
                            "You will own the quality and performance of our apps on iOS and Android."),
                    List.of(
                            "{Build|Develop|Ship} new features for our apps in {tool:iOS Development;Android Development;Cross-Platform Frameworks}.",
                            "Keep app start time, memory use and crash rates low on every release.",
                            "Write UI and unit tests and run them on real devices with {tool:Mobile Testing}.",
                            "Manage releases through the App Store and Google Play.",
                            "Work with designers on native interactions and animations.",
                            "Integrate analytics and feature flags to learn from every release.",
                            "Review code and mentor others on mobile architecture patterns."),
                    List.of("frontend", "fullstack", "qa"),
                    List.of("Computer Science", "Software Engineering", "Computer Engineering"),
                    List.of("Mobile Development Intern", "Computer Science Graduate"),
                    List.of("Director of Mobile Engineering"),
                    0.99),
            new RoleFamily(
                    "data_engineering",
                    "Data",
                    List.of(
                            List.of("Junior Data Engineer"),
                            List.of("Data Engineer", "Analytics Engineer"),
                            List.of("Senior Data Engineer", "Senior Analytics Engineer"),
                            List.of("Staff Data Engineer", "Principal Data Engineer"),
                            List.of("Data Engineering Manager")),
                    List.of("Data Engineering", "Big Data", "ETL", "Data Platform", "Analytics"),
                    List.of(
                            new Competency(
                                    "Data Processing",
                                    List.of(SPARK, FLINK, KAFKA),
                                    "batch and streaming pipelines over large data sets"),
                            new Competency(
                                    "Orchestration",
                                    List.of(AIRFLOW, DBT),
                                    "scheduling, testing and documenting data pipelines"),
                            new Competency(
                                    "Data Warehousing",
                                    List.of(SNOWFLAKE, BIGQUERY, POSTGRES),
                                    "dimensional modelling and efficient analytical queries"),
                            new Competency(
                                    "Programming",
                                    List.of(PYTHON, SQL, SCALA, JAVA),
                                    "reliable data transformations and tooling"),
                            new Competency(
                                    "Cloud Data Services",
                                    List.of(AWS, GCP, AZURE),
                                    "managed storage, compute and data services"),
                            new Competency(
                                    "Infrastructure as Code",
                                    List.of(TERRAFORM, DOCKER),
                                    "reproducible data infrastructure")),
                    List.of(
                            "You will build the pipelines and the data platform that every team relies on for decisions.",
                            "You will make data {reliable|trustworthy}, timely and easy to use across the company."),
                    List.of(
                            "{Design, build and maintain|Build and operate} batch and streaming pipelines with {tool:Data Processing}.",
                            "Model data in {tool:Data Warehousing} so analysts and data scientists can answer questions quickly.",
                            "Orchestrate and monitor workflows with {tool:Orchestration}, with data quality checks at every step.",
                            "{Optimize|Tune} the cost and performance of queries and jobs on large data sets.",
                            "Ingest data from product databases, event streams and third-party APIs.",
                            "Define data contracts with the teams that produce events.",
                            "Document datasets and lineage so people can find and trust them.",
                            "Support data privacy and retention requirements in every pipeline."),
                    List.of("data_science", "backend", "machine_learning"),
                    List.of("Computer Science", "Data Science", "Statistics", "Information Systems"),
                    List.of("Data Analyst", "Business Intelligence Developer"),
                    List.of("Head of Data", "Director of Data Engineering"),
                    1.0),
            new RoleFamily(
                    "data_science",
                    "Data",
                    List.of(
                            List.of("Junior Data Scientist", "Data Analyst"),
                            List.of("Data Scientist"),
                            List.of("Senior Data Scientist"),
                            List.of("Staff Data Scientist", "Principal Data Scientist"),
                            List.of("Data Science Manager")),
                    List.of("Data Science", "Analytics", "Statistics", "Experimentation", "Machine Learning"),
                    List.of(
                            new Competency(
                                    "Statistical Programming",
                                    List.of(PYTHON, R, SQL),
                                    "exploratory analysis, modelling and reproducible notebooks"),
                            new Competency(
                                    "Data Analysis Libraries",
                                    List.of(PANDAS, SCIKIT),
                                    "feature engineering and classical machine learning"),
                            new Competency(
                                    "Experimentation",
                                    List.of(AMPLITUDE, MIXPANEL),
                                    "designing and analysing A/B tests with sound statistics"),
                            new Competency(
                                    "Data Visualization",
                                    List.of(TABLEAU, LOOKER),
                                    "dashboards and stories that change decisions"),
                            new Competency(
                                    "Big Data", List.of(SPARK, SNOWFLAKE, BIGQUERY), "analysis over billions of rows")),
                    List.of(
                            "You will turn data into decisions, from experiment design to the models in our product.",
                            "You will {answer|investigate} the questions that shape our product and our strategy."),
                    List.of(
                            "{Design and analyse|Run and evaluate} A/B tests and share clear recommendations.",
                            "Build predictive models with {tool:Data Analysis Libraries} and bring them to production with engineers.",
                            "Define and track the metrics that tell us whether the product works.",
                            "Explore large data sets with {tool:Big Data} to find opportunities and risks.",
                            "Build dashboards in {tool:Data Visualization} for leadership and product teams.",
                            "Present findings to non-technical audiences in plain language.",
                            "Improve the quality of event tracking with data engineers."),
                    List.of("data_engineering", "machine_learning", "product_management"),
                    List.of("Statistics", "Mathematics", "Economics", "Computer Science", "Physics"),
                    List.of("Research Assistant", "Business Analyst"),
                    List.of("Head of Data Science", "Head of Data"),
                    1.02),
            new RoleFamily(
                    "machine_learning",
                    "AI",
                    List.of(
                            List.of("Junior Machine Learning Engineer"),
                            List.of("Machine Learning Engineer", "MLOps Engineer"),
                            List.of("Senior Machine Learning Engineer", "Senior MLOps Engineer"),
                            List.of("Staff Machine Learning Engineer", "Principal Machine Learning Scientist"),
                            List.of("Machine Learning Engineering Manager")),
                    List.of("Machine Learning", "Artificial Intelligence", "MLOps", "Deep Learning", "AI"),
                    List.of(
                            new Competency(
                                    "Deep Learning Frameworks",
                                    List.of(PYTORCH, TENSORFLOW, HUGGING_FACE),
                                    "training and fine-tuning neural networks"),
                            new Competency(
                                    "MLOps",
                                    List.of(MLFLOW, KUBEFLOW, SAGEMAKER),
                                    "reproducible training, model registries and deployment"),
                            new Competency(
                                    "Programming",
                                    List.of(PYTHON, SCALA, RUST),
                                    "production-quality machine learning code"),
                            new Competency(
                                    "Model Serving", List.of(DOCKER, KUBERNETES), "low-latency inference at scale"),
                            new Competency(
                                    "Data Processing",
                                    List.of(SPARK, PANDAS, SQL),
                                    "feature pipelines and training data sets")),
                    List.of(
                            "You will bring machine learning models from research to production, where they serve millions of predictions.",
                            "You will build the models and the ML platform behind our {ranking|recommendation|forecasting} features."),
                    List.of(
                            "{Train, evaluate and deploy|Build and ship} machine learning models with {tool:Deep Learning Frameworks}.",
                            "Build feature pipelines and training data sets with {tool:Data Processing}.",
                            "Serve models with low latency on {tool:Model Serving} and monitor them for drift.",
                            "Track experiments and models with {tool:MLOps} so results are reproducible.",
                            "Fine-tune large language models for our domain and measure their quality.",
                            "Work with data scientists to turn prototypes into reliable services.",
                            "Define offline and online evaluation metrics for every model.",
                            "Reduce the cost of training and inference on GPUs."),
                    List.of("data_science", "data_engineering", "backend"),
                    List.of(
                            "Computer Science",
                            "Machine Learning",
                            "Mathematics",
                            "Statistics",
                            "Electrical Engineering"),
                    List.of("Machine Learning Intern", "Research Assistant"),
                    List.of("Head of AI", "Director of Machine Learning"),
                    1.12),
            new RoleFamily(
                    "sre",
                    "Infrastructure",
                    List.of(
                            List.of("Junior DevOps Engineer", "Junior Site Reliability Engineer"),
                            List.of("Site Reliability Engineer", "DevOps Engineer", "Platform Engineer"),
                            List.of(
                                    "Senior Site Reliability Engineer",
                                    "Senior DevOps Engineer",
                                    "Senior Platform Engineer"),
                            List.of("Staff Site Reliability Engineer", "Principal Platform Engineer"),
                            List.of("Infrastructure Engineering Manager")),
                    List.of("DevOps", "Site Reliability", "Cloud Infrastructure", "Platform Engineering", "Kubernetes"),
                    List.of(
                            new Competency(
                                    "Containerization & Orchestration",
                                    List.of(DOCKER, KUBERNETES, HELM),
                                    "building, deploying and managing containerized applications"),
                            new Competency(
                                    "Infrastructure as Code",
                                    List.of(TERRAFORM, ANSIBLE),
                                    "reviewable, repeatable changes to infrastructure"),
                            new Competency(
                                    "Cloud Platforms",
                                    List.of(AWS, GCP, AZURE),
                                    "networking, compute and managed services at scale"),
                            new Competency(
                                    "CI/CD",
                                    List.of(JENKINS, GITHUB_ACTIONS, GITLAB_CI, ARGOCD),
                                    "fast, safe delivery pipelines"),
                            new Competency(
                                    "Monitoring & Observability",
                                    List.of(PROMETHEUS, GRAFANA, DATADOG, SPLUNK),
                                    "metrics, logs, traces and alerts that catch problems first"),
                            new Competency(
                                    "Systems & Scripting",
                                    List.of(LINUX, PYTHON, GO),
                                    "automation and deep troubleshooting")),
                    List.of(
                            "You will keep our platform {fast|reliable} and available while the teams on it ship every day.",
                            "You will build the internal platform and the automation that let engineers deploy safely."),
                    List.of(
                            "{Operate and scale|Run and evolve} our {tool:Containerization & Orchestration} clusters across several regions.",
                            "Manage infrastructure as code with {tool:Infrastructure as Code} and review changes from other teams.",
                            "Define SLOs and error budgets and build alerting on {tool:Monitoring & Observability}.",
                            "Build and maintain CI/CD pipelines with {tool:CI/CD}.",
                            "Lead incident response and write blameless postmortems.",
                            "Automate toil away with {tool:Systems & Scripting} and share runbooks.",
                            "Plan capacity and reduce cloud costs without hurting reliability.",
                            "Harden systems with security teams and patch vulnerabilities quickly.",
                            "Participate in an on-call rotation for production systems."),
                    List.of("backend", "security", "it_support"),
                    List.of("Computer Science", "Computer Engineering", "Information Technology"),
                    List.of("Systems Administrator", "IT Operations Analyst"),
                    List.of("Director of Infrastructure", "Head of Platform"),
                    1.04),
            new RoleFamily(
                    "security",
                    "Security",
                    List.of(
                            List.of("Junior Security Analyst"),
                            List.of("Security Engineer", "Security Analyst"),
                            List.of("Senior Security Engineer", "Senior Application Security Engineer"),
                            List.of("Staff Security Engineer", "Principal Security Architect"),
                            List.of("Security Engineering Manager")),
                    List.of("Cybersecurity", "Application Security", "Cloud Security", "DevSecOps", "Compliance"),
                    List.of(
                            new Competency(
                                    "Security Testing",
                                    List.of(BURP, NESSUS, SNYK),
                                    "finding vulnerabilities before attackers do"),
                            new Competency(
                                    "Security Monitoring",
                                    List.of(SPLUNK, DATADOG, WIRESHARK),
                                    "detection engineering and incident response"),
                            new Competency(
                                    "Identity & Access",
                                    List.of(OKTA, VAULT, ACTIVE_DIRECTORY),
                                    "least-privilege access and secrets management"),
                            new Competency(
                                    "Cloud Security",
                                    List.of(AWS, KUBERNETES, TERRAFORM),
                                    "secure cloud architectures and guardrails"),
                            new Competency(
                                    "Scripting", List.of(PYTHON, GO), "automating security checks and response")),
                    List.of(
                            "You will protect our customers' data and help every team build securely.",
                            "You will {lead|strengthen} our defences, from secure design reviews to incident response."),
                    List.of(
                            "{Run|Lead} threat modelling and secure design reviews with engineering teams.",
                            "Find and fix vulnerabilities with {tool:Security Testing} and track them to closure.",
                            "Build detections and respond to security incidents with {tool:Security Monitoring}.",
                            "Manage identities, access reviews and secrets with {tool:Identity & Access}.",
                            "Prepare evidence for SOC 2 and ISO 27001 audits.",
                            "Harden cloud accounts and clusters against misconfiguration.",
                            "Teach secure coding practices to engineers.",
                            "Assess the security of vendors and third-party services."),
                    List.of("sre", "it_support", "backend"),
                    List.of("Computer Science", "Cybersecurity", "Information Security", "Computer Engineering"),
                    List.of("Security Operations Center Analyst", "IT Support Specialist"),
                    List.of("Chief Information Security Officer (CISO)", "Head of Security"),
                    1.05),
            new RoleFamily(
                    "qa",
                    "Engineering",
                    List.of(
                            List.of("Junior QA Engineer", "Junior Test Engineer"),
                            List.of(
                                    "Quality Assurance Engineer",
                                    "Test Automation Engineer",
                                    "Software Development Engineer in Test"),
                            List.of("Senior QA Engineer", "Senior Test Automation Engineer"),
                            List.of("Lead QA Engineer", "Principal Test Engineer"),
                            List.of("QA Manager")),
                    List.of("Quality Assurance", "Test Automation", "Software Testing", "Agile"),
                    List.of(
                            new Competency(
                                    "Test Automation",
                                    List.of(SELENIUM, CYPRESS, PLAYWRIGHT, APPIUM),
                                    "stable automated tests of web and mobile interfaces"),
                            new Competency(
                                    "Test Frameworks", List.of(JUNIT, PYTEST), "readable, maintainable test suites"),
                            new Competency(
                                    "Programming",
                                    List.of(JAVA, PYTHON, JAVASCRIPT, TYPESCRIPT),
                                    "writing test code to production standards"),
                            new Competency(
                                    "API & Performance Testing",
                                    List.of(POSTMAN, JMETER),
                                    "testing APIs and systems under load"),
                            new Competency(
                                    "CI Integration",
                                    List.of(JENKINS, GITHUB_ACTIONS, DOCKER),
                                    "running tests on every change"),
                            new Competency(
                                    "Test Management",
                                    List.of(JIRA),
                                    "test plans, defect tracking and release sign-off")),
                    List.of(
                            "You will make quality everyone's job and build the automation that lets us release with confidence.",
                            "You will own our test strategy, from exploratory testing to automated suites in CI."),
                    List.of(
                            "{Design and maintain|Build and extend} automated test suites with {tool:Test Automation}.",
                            "Write test plans for new features with product managers and engineers.",
                            "Run exploratory testing sessions before major releases.",
                            "Integrate tests into CI pipelines on {tool:CI Integration} and keep them fast and stable.",
                            "Test APIs and performance with {tool:API & Performance Testing}.",
                            "Track defects in {tool:Test Management} and follow them to resolution.",
                            "Reduce flaky tests and improve feedback time for developers."),
                    List.of("backend", "frontend", "mobile"),
                    List.of("Computer Science", "Software Engineering", "Information Technology"),
                    List.of("Manual Tester", "IT Support Specialist"),
                    List.of("Head of Quality Engineering"),
                    0.86),
            new RoleFamily(
                    "product_management",
                    "Product",
                    List.of(
                            List.of("Associate Product Manager"),
                            List.of("Product Manager", "Technical Product Manager"),
                            List.of("Senior Product Manager"),
                            List.of("Group Product Manager", "Principal Product Manager"),
                            List.of("Director of Product Management")),
                    List.of("Product Management", "Product Strategy", "SaaS", "Agile", "B2B"),
                    List.of(
                            new Competency(
                                    "Product Analytics",
                                    List.of(AMPLITUDE, MIXPANEL, SQL),
                                    "measuring adoption and the outcomes of every release"),
                            new Competency(
                                    "Delivery Tools",
                                    List.of(JIRA, CONFLUENCE),
                                    "clear roadmaps, specifications and release notes"),
                            new Competency(
                                    "Prototyping",
                                    List.of(FIGMA, MIRO),
                                    "exploring solutions with designers and customers"),
                            new Competency(
                                    "Customer Insight",
                                    List.of(SALESFORCE, HUBSPOT),
                                    "understanding customers through research and sales data")),
                    List.of(
                            "You will decide what we build and why, and bring it to market with engineering and design.",
                            "You will own a product area end to end, from discovery to adoption."),
                    List.of(
                            "{Own|Define} the roadmap for your product area and explain the trade-offs behind it.",
                            "Interview customers and turn their problems into clear requirements.",
                            "Measure adoption and outcomes with {tool:Product Analytics} and act on what you learn.",
                            "Write specifications and user stories in {tool:Delivery Tools} with engineering.",
                            "Prioritise the backlog with engineering and design leads.",
                            "Plan launches with marketing, sales and support.",
                            "Prototype solutions in {tool:Prototyping} with designers before committing to build."),
                    List.of("product_design", "data_science", "sales_engineering"),
                    List.of("Business Administration", "Computer Science", "Economics", "Engineering"),
                    List.of("Business Analyst", "Product Marketing Associate"),
                    List.of("VP of Product", "Chief Product Officer"),
                    1.02),
            new RoleFamily(
                    "product_design",
                    "Design",
                    List.of(
                            List.of("Junior Product Designer", "Junior UX Designer"),
                            List.of("Product Designer", "UX Designer", "UI/UX Designer"),
                            List.of("Senior Product Designer", "Senior UX Designer"),
                            List.of("Lead Product Designer", "Principal Product Designer"),
                            List.of("Design Manager")),
                    List.of("Product Design", "UX Design", "User Research", "Design Systems"),
                    List.of(
                            new Competency(
                                    "Design Tools",
                                    List.of(FIGMA, SKETCH, ADOBE_XD),
                                    "wireframes, high-fidelity mockups and interactive prototypes"),
                            new Competency("User Research", List.of(MIRO), "interviews, usability tests and synthesis"),
                            new Competency(
                                    "Design Systems",
                                    List.of(FIGMA, HTML_CSS),
                                    "consistent, accessible components across the product"),
                            new Competency(
                                    "Product Analytics",
                                    List.of(AMPLITUDE, MIXPANEL),
                                    "learning from how people use what we ship")),
                    List.of(
                            "You will design experiences that are simple, accessible and a pleasure to use.",
                            "You will shape our product from research to polished interfaces, with product managers and engineers."),
                    List.of(
                            "{Design|Create} user flows, wireframes and high-fidelity prototypes in {tool:Design Tools}.",
                            "Plan and run usability tests and customer interviews.",
                            "Contribute to and maintain our design system.",
                            "Work closely with engineers to ship interfaces as designed.",
                            "Run collaborative workshops in {tool:User Research} with product teams.",
                            "Measure the impact of design changes with {tool:Product Analytics}.",
                            "Present design rationale to stakeholders and leadership."),
                    List.of("product_management", "frontend"),
                    List.of("Interaction Design", "Graphic Design", "Human-Computer Interaction", "Psychology"),
                    List.of("Graphic Designer", "Design Intern"),
                    List.of("Head of Design", "VP of Design"),
                    0.9),
            new RoleFamily(
                    "it_support",
                    "IT",
                    List.of(
                            List.of("IT Support Technician", "Help Desk Analyst"),
                            List.of("IT Support Specialist", "Systems Administrator"),
                            List.of("Senior IT Support Specialist", "Senior Systems Administrator"),
                            List.of("IT Support Lead", "Lead Systems Administrator"),
                            List.of("IT Manager")),
                    List.of("IT Support", "Help Desk", "SysAdmin", "Networking", "End User Computing"),
                    List.of(
                            new Competency(
                                    "Operating Systems",
                                    List.of(WINDOWS, MACOS, LINUX),
                                    "installing, configuring and troubleshooting workstations and servers"),
                            new Competency(
                                    "Identity & Productivity",
                                    List.of(ACTIVE_DIRECTORY, OKTA, OFFICE365),
                                    "accounts, groups and access for every employee"),
                            new Competency(
                                    "Service Management",
                                    List.of(SERVICENOW, ZENDESK, JIRA),
                                    "tickets, SLAs and a helpful knowledge base"),
                            new Competency(
                                    "Device Management", List.of(JAMF), "provisioning and securing laptops and phones"),
                            new Competency(
                                    "Scripting", List.of(POWERSHELL, PYTHON), "automating repetitive administration")),
                    List.of(
                            "You will keep everyone at the company productive, with working devices, accounts and networks.",
                            "You will be the first line of help for employees and the owner of our internal IT."),
                    List.of(
                            "{Resolve|Handle} support tickets in {tool:Service Management} within our service levels.",
                            "Set up laptops and accounts for new employees and remove access for leavers.",
                            "Manage users, groups and permissions in {tool:Identity & Productivity}.",
                            "Troubleshoot network, Wi-Fi and video conferencing problems in the office.",
                            "Automate routine administration with {tool:Scripting}.",
                            "Maintain hardware inventory and software licences.",
                            "Write knowledge base articles so people can help themselves."),
                    List.of("sre", "security", "qa"),
                    List.of("Information Technology", "Computer Science", "Network Engineering"),
                    List.of("Customer Support Representative", "IT Intern"),
                    List.of("Director of IT"),
                    0.62),
            new RoleFamily(
                    "sales_engineering",
                    "Sales",
                    List.of(
                            List.of("Associate Sales Engineer", "Associate Solutions Engineer"),
                            List.of("Sales Engineer", "Solutions Engineer"),
                            List.of("Senior Sales Engineer", "Senior Solutions Engineer"),
                            List.of("Principal Sales Engineer", "Lead Solutions Architect"),
                            List.of("Sales Engineering Manager")),
                    List.of("Sales Engineering", "Pre-Sales", "B2B", "SaaS", "Solutions Architecture"),
                    List.of(
                            new Competency(
                                    "CRM",
                                    List.of(SALESFORCE, HUBSPOT, GONG),
                                    "managing opportunities and forecasting with sales"),
                            new Competency(
                                    "Technical Fluency",
                                    List.of(AWS, SQL, PYTHON),
                                    "credible conversations with customers' engineers"),
                            new Competency(
                                    "Integrations",
                                    List.of(POSTMAN, GRAPHQL),
                                    "demonstrating APIs and building proofs of concept"),
                            new Competency(
                                    "Cloud Architecture",
                                    List.of(AZURE, GCP, KUBERNETES),
                                    "mapping our product onto customers' environments")),
                    List.of(
                            "You will be the technical partner of our account executives and the trusted advisor of our customers.",
                            "You will show customers how our product solves their problems, from the first demo to a successful rollout."),
                    List.of(
                            "{Run|Deliver} tailored product demonstrations for prospects.",
                            "Lead proofs of concept and technical evaluations with customers' engineers.",
                            "Answer security questionnaires and RFPs with the security team.",
                            "Track opportunities and technical wins in {tool:CRM}.",
                            "Build integration examples with {tool:Integrations} for common customer setups.",
                            "Bring customer feedback to product management.",
                            "Coach account executives on the technical story of the product."),
                    List.of("product_management", "backend", "it_support"),
                    List.of("Computer Science", "Engineering", "Business Administration", "Information Systems"),
                    List.of("Customer Success Manager", "Technical Support Engineer"),
                    List.of("VP of Solutions Engineering", "Director of Sales Engineering"),
                    0.95));

    private Families() {}

    static RoleFamily byKey(String key) {
        RoleFamily family = BY_KEY.get(key);
        if (family == null) {
            throw new IllegalArgumentException("no role family '" + key + "'");
        }
        return family;
    }

    private static final Map<String, List<Tool>> TOOLS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(
                    RoleFamily::key,
                    family -> family.competencies().stream()
                            .flatMap(c -> c.tools().stream())
                            .distinct()
                            .toList()));

    static Competency competency(RoleFamily family, String name) {
        for (Competency competency : family.competencies()) {
            if (competency.name().equals(name)) {
                return competency;
            }
        }
        throw new IllegalArgumentException(family.key() + " has no competency '" + name + "'");
    }

    private static final Map<String, Set<String>> TOOL_NAMES = TOOLS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(
                    Map.Entry::getKey,
                    e -> e.getValue().stream().map(Tool::name).collect(Collectors.toUnmodifiableSet())));

    private static final Map<String, RoleFamily> BY_KEY =
            ALL.stream().collect(Collectors.toUnmodifiableMap(RoleFamily::key, f -> f));

    static Set<String> toolNames(RoleFamily family) {
        return TOOL_NAMES.get(family.key());
    }

    /** Every tool a family's competencies name, once each. */
    static List<Tool> tools(RoleFamily family) {
        return TOOLS.get(family.key());
    }
}
