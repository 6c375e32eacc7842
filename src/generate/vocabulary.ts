/**
 * Flavour for generated records: what a role is called and what it earns by top-level
 * category, and where freelancers live. Categories not listed here fall back to generic
 * values, so any taxonomy works; these tables only make the default one read naturally.
 */

export interface CategoryProfile {
  /** Job-title nouns for people in this line of work. */
  nouns: readonly string[];
  /** Median hourly rate (USD) of an intermediate freelancer. */
  medianRate: number;
  /** Relative share of marketplace activity. */
  marketShare: number;
}

const GENERIC: CategoryProfile = { nouns: ["Specialist", "Consultant", "Expert"], medianRate: 28, marketShare: 1 };

const PROFILES: Record<string, CategoryProfile> = {
  software: { nouns: ["Developer", "Engineer", "Programmer"], medianRate: 40, marketShare: 3 },
  data: { nouns: ["Data Scientist", "Data Analyst", "Data Engineer"], medianRate: 45, marketShare: 1.5 },
  design: { nouns: ["Designer", "Artist"], medianRate: 32, marketShare: 1.5 },
  writing: { nouns: ["Writer", "Copywriter", "Editor"], medianRate: 25, marketShare: 1.5 },
  marketing: { nouns: ["Marketer", "Marketing Specialist", "Strategist"], medianRate: 30, marketShare: 1.3 },
  sales: { nouns: ["Sales Representative", "Lead Generation Specialist"], medianRate: 22, marketShare: 1 },
  admin: { nouns: ["Virtual Assistant", "Administrative Assistant"], medianRate: 12, marketShare: 1.2 },
  finance: { nouns: ["Accountant", "Bookkeeper", "Financial Analyst"], medianRate: 35, marketShare: 1 },
  legal: { nouns: ["Lawyer", "Legal Consultant", "Paralegal"], medianRate: 55, marketShare: 0.6 },
  engineering: { nouns: ["Engineer", "Designer", "Drafter"], medianRate: 45, marketShare: 0.8 },
  translation: { nouns: ["Translator", "Interpreter"], medianRate: 22, marketShare: 0.8 },
  it: { nouns: ["Engineer", "Administrator", "Specialist"], medianRate: 42, marketShare: 1 },
  hr: { nouns: ["Recruiter", "HR Specialist"], medianRate: 28, marketShare: 0.5 },
  management: { nouns: ["Project Manager", "Consultant"], medianRate: 40, marketShare: 0.7 },
  audio: { nouns: ["Audio Engineer", "Producer", "Voice Actor"], medianRate: 30, marketShare: 0.5 },
  education: { nouns: ["Tutor", "Instructional Designer", "Coach"], medianRate: 25, marketShare: 0.5 },
  ecommerce: { nouns: ["E-commerce Specialist", "Store Manager"], medianRate: 22, marketShare: 0.7 },
};

export function categoryProfile(topLevel: string): CategoryProfile {
  return PROFILES[topLevel] ?? GENERIC;
}

export interface CountryProfile {
  code: string;
  timezone: string;
  languages: readonly string[];
  /** Multiplies the category's median rate. */
  rateFactor: number;
  /** Relative share of freelancers. */
  weight: number;
}

export const COUNTRIES: readonly CountryProfile[] = [
  { code: "US", timezone: "America/New_York", languages: ["English"], rateFactor: 1.6, weight: 14 },
  { code: "US", timezone: "America/Los_Angeles", languages: ["English", "Spanish"], rateFactor: 1.7, weight: 7 },
  { code: "IN", timezone: "Asia/Kolkata", languages: ["English", "Hindi"], rateFactor: 0.5, weight: 16 },
  { code: "PK", timezone: "Asia/Karachi", languages: ["English", "Urdu"], rateFactor: 0.45, weight: 7 },
  { code: "PH", timezone: "Asia/Manila", languages: ["English", "Filipino"], rateFactor: 0.45, weight: 8 },
  { code: "UA", timezone: "Europe/Kyiv", languages: ["Ukrainian", "English"], rateFactor: 0.8, weight: 5 },
  { code: "GB", timezone: "Europe/London", languages: ["English"], rateFactor: 1.5, weight: 5 },
  { code: "DE", timezone: "Europe/Berlin", languages: ["German", "English"], rateFactor: 1.4, weight: 3 },
  { code: "FR", timezone: "Europe/Paris", languages: ["French", "English"], rateFactor: 1.3, weight: 2 },
  { code: "ES", timezone: "Europe/Madrid", languages: ["Spanish", "English"], rateFactor: 1.0, weight: 2 },
  { code: "PL", timezone: "Europe/Warsaw", languages: ["Polish", "English"], rateFactor: 0.9, weight: 2 },
  { code: "BR", timezone: "America/Sao_Paulo", languages: ["Portuguese", "English"], rateFactor: 0.7, weight: 3 },
  { code: "AR", timezone: "America/Argentina/Buenos_Aires", languages: ["Spanish", "English"], rateFactor: 0.7, weight: 2 },
  { code: "MX", timezone: "America/Mexico_City", languages: ["Spanish", "English"], rateFactor: 0.75, weight: 2 },
  { code: "CA", timezone: "America/Toronto", languages: ["English", "French"], rateFactor: 1.4, weight: 3 },
  { code: "NG", timezone: "Africa/Lagos", languages: ["English"], rateFactor: 0.5, weight: 3 },
  { code: "KE", timezone: "Africa/Nairobi", languages: ["English", "Swahili"], rateFactor: 0.5, weight: 2 },
  { code: "EG", timezone: "Africa/Cairo", languages: ["Arabic", "English"], rateFactor: 0.5, weight: 2 },
  { code: "BD", timezone: "Asia/Dhaka", languages: ["Bengali", "English"], rateFactor: 0.45, weight: 4 },
  { code: "VN", timezone: "Asia/Ho_Chi_Minh", languages: ["Vietnamese", "English"], rateFactor: 0.55, weight: 2 },
  { code: "AU", timezone: "Australia/Sydney", languages: ["English"], rateFactor: 1.5, weight: 2 },
  { code: "RS", timezone: "Europe/Belgrade", languages: ["Serbian", "English"], rateFactor: 0.85, weight: 1 },
  { code: "ID", timezone: "Asia/Jakarta", languages: ["Indonesian", "English"], rateFactor: 0.5, weight: 2 },
];

/** Projects a client might describe, by top-level category (generic ones otherwise). */
const PROJECTS: Record<string, readonly string[]> = {
  software: ["our customer portal", "a new SaaS dashboard", "an internal admin tool", "our e-commerce site", "a mobile booking app", "a legacy codebase"],
  data: ["our sales data", "a churn prediction model", "weekly reporting dashboards", "a data pipeline", "customer survey results"],
  design: ["our brand refresh", "a product landing page", "a mobile app redesign", "packaging for a new product", "a pitch deck"],
  writing: ["our company blog", "product descriptions", "a technical white paper", "a newsletter series", "website copy"],
  marketing: ["a product launch campaign", "our paid acquisition channels", "organic growth", "our email funnel", "social media presence"],
  sales: ["outbound prospecting", "our CRM pipeline", "B2B lead lists", "appointment setting"],
  admin: ["inbox and calendar management", "data entry for our CRM", "customer support tickets", "travel planning"],
  finance: ["monthly bookkeeping", "our year-end accounts", "a financial model for fundraising", "payroll and invoicing"],
  legal: ["our terms of service", "a contract review", "trademark registration", "a GDPR compliance audit"],
  engineering: ["a product prototype", "technical drawings", "a structural assessment", "a PCB layout"],
  translation: ["our website localization", "a user manual", "legal documents", "marketing materials"],
  it: ["our cloud migration", "office network setup", "a security review", "our CI/CD pipeline"],
  hr: ["hiring for our sales team", "an employee handbook", "our onboarding process"],
  management: ["a product launch", "our agile process", "an event next spring", "operations planning"],
  audio: ["a podcast series", "an explainer video voice-over", "a music track", "audio cleanup"],
  education: ["exam preparation", "an online course", "a corporate training program"],
  ecommerce: ["our Amazon listings", "our online store", "inventory management"],
};
const GENERIC_PROJECTS = ["a new project", "our small business", "an ongoing engagement", "a short-term project"];

export function projectsFor(topLevel: string): readonly string[] {
  return PROJECTS[topLevel] ?? GENERIC_PROJECTS;
}

export const SCREENING_ANSWERS = [
  "Yes, I am available to start this week",
  "I can share three similar projects on request",
  "About 20 hours per week",
  "I prefer weekly milestones",
  "Yes, I have done this before for two clients",
  "I usually reply within a few hours",
];
