/**
 * Software, data and IT skills, written by hand for general freelance marketplaces.
 * Format: see ../parse.ts. Keyed by table name (used in error messages); one table per area
 * so each stays reviewable. Related names only point at skills in this file.
 * Aliases are spellings people really write; an everyday-word name or alias marks the skill ambiguous.
 */
export const TECH_TABLES: Record<string, string> = {
  "software-languages": `
# category: software/languages
JavaScript | JS, ECMAScript, ES6, ES2015, Vanilla JS, Vanilla JavaScript | TypeScript, Node.js, React, HTML, CSS
TypeScript | TS | JavaScript, Angular, Node.js, React
Python | Py, Python 3, Python3, Python 2 | Django, Flask, FastAPI, pandas
Java | Core Java, Java SE, J2SE, Java 8, Java 17 | Spring Boot, Kotlin, Maven, Android Development
Kotlin | Kotlin JVM | Android Development, Java, Ktor
C# | C-Sharp, CSharp, C Sharp | .NET, ASP.NET Core, Unity
C++ | CPP, C Plus Plus, Cplusplus, Modern C++, C++17 | C, Qt, Unreal Engine, CMake
C | C Language, C Programming, ANSI C | C++, Embedded C, Linux | ambiguous
Go | Golang, Go Language, Go Lang | Docker, Kubernetes, gRPC, Gin | ambiguous
Rust | Rust Lang, Rustlang | WebAssembly, C++, Tokio | ambiguous
Ruby | Ruby Lang | Ruby on Rails, Sinatra, RSpec | ambiguous
PHP | PHP 7, PHP 8, Core PHP | Laravel, Symfony, WordPress, MySQL
Swift | Swift 5, Swift Language | iOS Development, SwiftUI, Xcode | ambiguous
Objective-C | ObjC, Obj-C, Objective C | iOS Development, Swift, UIKit
Dart | Dart Language | Flutter | ambiguous
Scala | | Apache Spark, Akka, Java
Elixir | Elixir Lang | Phoenix Framework, Erlang | ambiguous
Erlang | Erlang/OTP | Elixir
Haskell | | Functional Programming, OCaml
Clojure | | ClojureScript, Java, Functional Programming
ClojureScript | | Clojure, JavaScript
F# | F-Sharp, FSharp, F Sharp | .NET, C#, Functional Programming
OCaml | | Haskell, Functional Programming
R | R Language, R Programming, RStats, R Lang | Statistics, ggplot2, Shiny, tidyverse | ambiguous
Julia | Julia Lang, JuliaLang | Scientific Computing, Python | ambiguous
MATLAB | Matlab Programming | Simulink, Scientific Computing, Digital Signal Processing
Perl | Perl 5 | Bash, Linux
Lua | Lua Scripting | Roblox Development, C
Groovy | Apache Groovy | Jenkins, Gradle, Java | ambiguous
Visual Basic .NET | VB.NET, VB .NET, VBNET | .NET, C#
Visual Basic | VB6, Visual Basic 6, Classic Visual Basic | VBA, Visual Basic .NET
VBA | Visual Basic for Applications, Excel VBA, Access VBA, Word VBA | Visual Basic, Microsoft Access, Office Add-ins
Delphi | Object Pascal, Embarcadero Delphi | Pascal
Pascal | Free Pascal, Turbo Pascal | Delphi | ambiguous
COBOL | | IBM Mainframe
Fortran | | Scientific Computing, High-Performance Computing
Assembly Language | Assembly, ASM, x86 Assembly, ARM Assembly, Assembler | C, Embedded Systems, Reverse Engineering | ambiguous
Lisp | Common Lisp | Clojure, Functional Programming
Prolog | | Lisp
Ada | Ada Programming | Embedded Systems | ambiguous
Zig | Ziglang | C, Rust
Crystal | Crystal Lang | Ruby | ambiguous
Elm | Elm Lang | Haskell, Functional Programming | ambiguous
CoffeeScript | | JavaScript
WebAssembly | Wasm | Rust, C++, JavaScript
Cython | | Python, C
ActionScript | ActionScript 3, AS3 | JavaScript
Shell Scripting | Shell Script, Shell Scripts, Unix Shell | Bash, Linux, PowerShell
Bash | Bash Scripting, Bash Script, Bash Shell | Shell Scripting, Linux | ambiguous
PowerShell | PowerShell Scripting, Powershell Script | Windows Server, Active Directory, Shell Scripting

# category: software/engineering
Physics | Physics Simulation, Applied Physics | Mathematics | generic, ambiguous
Mathematics | ~Math, ~Maths, Applied Mathematics, Discrete Mathematics | Statistics | generic, ambiguous
Computer Science | CS, Computer Science Fundamentals | Algorithms, Data Structures | generic
CSV | CSV Files, CSV Import, CSV Export, CSV Processing | Data Entry | ambiguous
PDF Processing | PDF, ~PDFs, PDF Generation, PDF Parsing, PDF Forms | Python | ambiguous
Visual Studio Code | VS Code, ~VSCode, VS Code Extensions | TypeScript
Visual Studio | Microsoft Visual Studio, VS2022, Visual Studio IDE | C#, .NET
MVP Development | MVP, Minimum Viable Product, Startup MVP | Interactive Prototyping, Software Development
Bot Development | ~Bots, Bot Developer, Bot Programming, Automation Bot, Automation Bots | Chatbot Development, Telegram Bot Development, Discord Bot Development, Trading Bot Development | generic
Software Development | ~Software Engineering, ~Software Developer, ~Software Engineer, Custom Software Development, ~Programming, ~Coding, ~Application Development, Business Applications Development, ~Scripting, Scripts & Utilities, Script Development, Utility Scripts | Software Architecture, Debugging | generic
Object-Oriented Programming | OOP, Object Oriented Programming, OOPs Concepts | Java, C#, Design Patterns
Functional Programming | Functional Programming Paradigm | Haskell, Scala, Elixir, Clojure
Algorithms | Algorithm Design, Algorithm Development | Data Structures
Data Structures | Data Structures and Algorithms, DSA | Algorithms
Design Patterns | Software Design Patterns, GoF Design Patterns | Object-Oriented Programming, Software Architecture
Software Architecture | Application Architecture, Solution Architecture, Software Design, Solution Architecture Consultation, Software Architecture Design | System Design, Microservices, Design Patterns
System Design | Systems Design | Software Architecture, Distributed Systems
Microservices | Microservices Architecture, Microservice Architecture, Micro Services | Docker, Kubernetes, API Development, Event-Driven Architecture
Distributed Systems | Distributed Computing | Microservices, Apache Kafka
Event-Driven Architecture | Event Driven Architecture, Event Sourcing, CQRS | Apache Kafka, RabbitMQ, Microservices
Domain-Driven Design | DDD, Domain Driven Design | Software Architecture, Microservices
MVC | Model-View-Controller, MVC Architecture | Design Patterns, ASP.NET, Ruby on Rails
MVVM | Model-View-ViewModel | SwiftUI, WPF, Android Development
Test-Driven Development | TDD, Test Driven Development | Unit Testing, Behavior-Driven Development
Behavior-Driven Development | BDD, Behaviour-Driven Development, Behavior Driven Development | Cucumber, Test-Driven Development
Refactoring | Code Refactoring | Legacy Code Modernization, Code Review
Legacy Code Modernization | Legacy Modernization, Application Modernization, Legacy System Migration | Refactoring, Cloud Migration
Code Review | Code Reviews, Code Audit | Refactoring, Git
Debugging | Bug Fixing, Bug Fixes, Troubleshooting Code, Bug Fix, Bug Fixing Services, Error Detection, ~Troubleshooting | Code Review | generic
Performance Optimization | Performance Tuning, Code Optimization, Application Performance | Caching, Query Optimization
Caching | Cache, Application Caching | Redis, Memcached, CDN
Multithreading | Concurrency, Concurrent Programming, Parallel Programming | Distributed Systems, C++, Java
Regular Expressions | Regex, RegExp, Regexes | Python, JavaScript
Compilers | Compiler Design, Compiler Development | C++, LLVM
LLVM | Clang | Compilers, C++
Git | Git Version Control | GitHub, GitLab, Version Control
Version Control | Source Control, Version Control Systems, VCS | Git, Subversion
GitHub | Github Repos | Git, GitHub Actions
GitLab | | Git, GitLab CI
Bitbucket | | Git, Bitbucket Pipelines
Subversion | SVN, Apache Subversion | Version Control, Git
Internationalization | i18n, l10n, Software Localization, Localization Engineering | JavaScript, React
SaaS Development | SaaS Application Development, Multi-Tenant SaaS, Multi-Tenant Architecture | Software Architecture, Stripe, Full-Stack Development | generic
Open Source Development | Open Source, Open-Source Contribution, OSS | Git, GitHub
`,
  "software-web-frontend": `
# category: software/web
Web Development | Web Dev, Website Development, Web Application Development, Web App Development, Web Application, Web Applications, Web App, Website, Websites, Custom Web Development, Web Service, Web Services Development, Admin Panel, Web Portal, Customer Portal, Web Page, ~Webpage, Web Pages, Web Framework, Web Frameworks | HTML, CSS, JavaScript, Front-End Development, Back-End Development | generic
Front-End Development | Frontend Development, Front End Development, Frontend, Front-End, Frontend Engineering | HTML, CSS, JavaScript, React | generic
Back-End Development | Backend Development, Back End Development, Backend, Back-End, Server-Side Development | API Development, Node.js, SQL | generic
Full-Stack Development | Full Stack Development, Fullstack Development, Full-Stack, Full Stack, Fullstack | Front-End Development, Back-End Development, MERN Stack | generic
MERN Stack | MERN | MongoDB, Express.js, React, Node.js
MEAN Stack | MEAN Stack Development | MongoDB, Express.js, Angular, Node.js
LAMP Stack | LAMP Server | Linux, Apache HTTP Server, MySQL, PHP
JAMstack | JAM Stack | Static Site Generators, Headless CMS, Netlify

# category: software/web-frontend
HTML | HTML5, HTML 5, Hypertext Markup Language | CSS, JavaScript
CSS | CSS3, CSS 3, Cascading Style Sheets, CSS Grid, Flexbox | HTML, Sass, Tailwind CSS
Sass | SCSS | CSS, Less CSS | ambiguous
Less CSS | Less.js, LessCSS | CSS, Sass
Tailwind CSS | Tailwind, TailwindCSS | CSS, React | ambiguous
Bootstrap | Twitter Bootstrap, Bootstrap 4, Bootstrap 5 | CSS, HTML | ambiguous
Bulma | Bulma CSS | CSS
Material UI | MUI, Material-UI | React
Angular Material | | Angular
Chakra UI | | React
Ant Design | AntD | React
shadcn/ui | shadcn, shadcn-ui | React, Tailwind CSS
Styled Components | styled-components | React, CSS
jQuery | JQuery UI | JavaScript
React | ReactJS, React.js, React JS, React 18 | JavaScript, Next.js, Redux, TypeScript
Redux | Redux Toolkit, RTK, Redux Saga, Redux Thunk | React
MobX | | React
Zustand | | React, Redux
React Query | TanStack Query | React
React Router | | React
React Three Fiber | R3F | React, Three.js
Next.js | NextJS, Next JS | React, Vercel, TypeScript, Server-Side Rendering
Gatsby | GatsbyJS, Gatsby.js | React, GraphQL, Static Site Generators
Remix | Remix Run, Remix.run | React | ambiguous
Vue.js | Vue, VueJS, Vue JS, Vue 3, Vue 2 | JavaScript, Nuxt.js, Pinia, Vuex
Vuex | | Vue.js
Pinia | | Vue.js
Nuxt.js | Nuxt, NuxtJS, Nuxt 3 | Vue.js, Server-Side Rendering
Vuetify | | Vue.js
Quasar Framework | Quasar | Vue.js
Angular | Angular 2+, Angular 2, Angular2 | TypeScript, RxJS, NgRx
AngularJS | Angular.js, Angular JS, Angular 1 | JavaScript, Angular
RxJS | Reactive Extensions | Angular, NgRx
NgRx | | Angular, RxJS
Svelte | Svelte.js | SvelteKit, JavaScript
SvelteKit | Svelte Kit | Svelte
SolidJS | Solid.js | JavaScript
Preact | | React
Ember.js | Ember, EmberJS | JavaScript | ambiguous
Backbone.js | Backbone, BackboneJS | JavaScript | ambiguous
Alpine.js | AlpineJS, Alpine | JavaScript, Livewire | ambiguous
htmx | | HTML, Django
Astro | Astro.js, AstroJS | JavaScript, Static Site Generators
Lit | LitElement, Lit Element | Web Components | ambiguous
Web Components | Custom Elements, Shadow DOM | JavaScript, Lit
Inertia.js | InertiaJS | Laravel, Vue.js, React
Handlebars.js | Handlebars, HandlebarsJS | JavaScript | ambiguous
Jinja | Jinja2 | Python, Flask, Django
Webpack | | JavaScript, Babel
Vite | Vite.js, ViteJS | JavaScript, Vue.js
Babel | Babel.js, BabelJS | JavaScript, Webpack | ambiguous
esbuild | | JavaScript, Vite
Gulp.js | Gulp, GulpJS | JavaScript | ambiguous
npm | Node Package Manager, npm Packages | Node.js
Responsive Web Design | Responsive Design, Mobile-First Design, Mobile Responsive, Mobile First, Adaptive Web Design | CSS, HTML
Web Accessibility | WCAG, a11y, WAI-ARIA, Section 508, ADA Compliance, ~Accessibility | HTML, Accessibility Testing
Cross-Browser Compatibility | Browser Compatibility | CSS, Cross-Browser Testing
Progressive Web Apps | PWA, PWAs, Progressive Web App, Service Workers | JavaScript, React
Single-Page Applications | SPA, SPAs, Single Page Application, Single Page Applications | React, Vue.js, Angular | ambiguous
Server-Side Rendering | SSR | Next.js, Nuxt.js
Static Site Generators | SSG, Static Site Generation, Static Sites | Gatsby, Hugo, Jekyll, Eleventy
Hugo | Hugo SSG, GoHugo | Static Site Generators, Go | ambiguous
Jekyll | Jekyll SSG | Static Site Generators, Ruby, GitHub Pages
GitHub Pages | | Jekyll, GitHub
Eleventy | 11ty | Static Site Generators, JavaScript
D3.js | D3, D3JS | JavaScript, Data Visualization, SVG
Chart.js | ChartJS | JavaScript, Data Visualization
Highcharts | | JavaScript, Data Visualization
ECharts | Apache ECharts | JavaScript, Data Visualization
Three.js | ThreeJS, Three JS | JavaScript, WebGL, React Three Fiber
WebGL | WebGL2 | Three.js, OpenGL, Shader Programming
Babylon.js | BabylonJS | WebGL, JavaScript
SVG | Scalable Vector Graphics, SVG Animation | HTML, D3.js
HTML5 Canvas | Canvas API, HTML Canvas | JavaScript, WebGL
GSAP | GreenSock | JavaScript, Web Animation
Framer Motion | Motion for React | React, Web Animation
Web Animation | CSS Animation, CSS Animations, JavaScript Animation | CSS, GSAP
Storybook | Storybook.js | React, Vue.js | ambiguous
Micro Frontends | Micro-Frontends, Microfrontends, Module Federation | React, Webpack
Web Performance Optimization | Website Speed Optimization, Page Speed Optimization, Core Web Vitals, PageSpeed Optimization, Site Speed Optimization, Website Optimization, Site Optimization, WordPress Optimization, Website Performance | Caching, CDN, Google Lighthouse
Google Lighthouse | Lighthouse Audit, Lighthouse Score | Web Performance Optimization
Design to HTML Conversion | PSD to HTML, Figma to HTML, XD to HTML, Sketch to HTML, Figma to Code, Design to Code | HTML, CSS, Responsive Web Design
HTML Email Development | HTML Email, HTML Emails, Email Template Coding, Email Template Development, MJML | HTML, CSS
Chrome Extension Development | Chrome Extensions, Chrome Extension, Browser Extension Development, Browser Extensions, Firefox Add-ons, Firefox Extension, Firefox Add-on, Browser Add-on, Edge Extension, Google Chrome Extension | JavaScript
Leaflet.js | Leaflet, LeafletJS | JavaScript, Mapbox, OpenLayers | ambiguous
Mapbox | Mapbox GL, Mapbox GL JS | Leaflet.js, Google Maps API
Google Maps API | Google Maps Platform, Google Maps JavaScript API, Google Places API, Google Maps, ~Maps, Map Integration, Map Plugin, Google Earth, Maps API | JavaScript, Mapbox
OpenLayers | | Leaflet.js, GIS
`,
  "software-web-backend": `
# category: software/web-backend
Node.js | NodeJS, Node, Node JS | JavaScript, Express.js, TypeScript, NestJS
Express | Express.js, ExpressJS, Express JS | Node.js, JavaScript | ambiguous
NestJS | Nest.js, Nest JS | Node.js, TypeScript
Fastify | | Node.js
Koa | Koa.js, KoaJS | Node.js
Hapi | hapi.js, HapiJS | Node.js
AdonisJS | Adonis.js | Node.js, TypeScript
Meteor | Meteor.js, MeteorJS | JavaScript, MongoDB | ambiguous
Deno | | TypeScript, JavaScript
Bun | Bun.js, BunJS | JavaScript, Node.js | ambiguous
Socket.IO | SocketIO, Socket IO | Node.js, WebSockets
Prisma | Prisma ORM | TypeScript, Node.js, PostgreSQL
Sequelize | | Node.js, SQL
TypeORM | | TypeScript, Node.js
Mongoose | Mongoose ODM | MongoDB, Node.js
Drizzle ORM | | TypeScript
Django | | Python, Django REST Framework, PostgreSQL
Django REST Framework | DRF, Django Rest | Django, REST API
Flask | | Python, Jinja, SQLAlchemy | ambiguous
FastAPI | Fast API | Python, Pydantic
Pydantic | | FastAPI, Python
SQLAlchemy | | Python, Flask
Celery | | Python, Redis, RabbitMQ | ambiguous
Ruby on Rails | Rails, RoR, Ruby-on-Rails, Rails 7 | Ruby | ambiguous
Sinatra | | Ruby | ambiguous
Laravel | | PHP, MySQL, Livewire
Livewire | Laravel Livewire | Laravel, Alpine.js
Symfony | | PHP, Doctrine ORM
Doctrine ORM | | Symfony, PHP
CodeIgniter | CodeIgniter 4 | PHP
Yii | Yii2, Yii Framework | PHP
CakePHP | | PHP
Zend Framework | Laminas, Zend | PHP
Spring Framework | Spring, Spring MVC | Java, Spring Boot | ambiguous
Spring Boot | SpringBoot | Java, Spring Framework, Microservices
Spring Security | | Spring Boot, OAuth
Hibernate | Hibernate ORM | Java, JPA | ambiguous
JPA | Java Persistence API, Spring Data JPA | Hibernate, Java
Jakarta EE | Java EE, J2EE, JEE | Java
JSP | JavaServer Pages, Java Server Pages | Java, Jakarta EE
Maven | Apache Maven | Java, Gradle | ambiguous
Gradle | | Java, Kotlin, Android Development
Apache Struts | Struts, Struts 2 | Java | ambiguous
Quarkus | | Java, Kubernetes
Micronaut | | Java
Play Framework | | Scala, Java
Akka | | Scala
Ktor | | Kotlin
Apache Tomcat | Tomcat | Java | ambiguous
.NET | dotnet, Dot Net, .NET Core, .NET Framework, .NET 6, .NET 8 | C#, ASP.NET Core
ASP.NET | ASP.NET MVC, ASP.NET Web Forms, ASP.NET Web API | C#, .NET
ASP.NET Core | ASP.NET Core MVC, ASP.NET Core Web API | C#, .NET, Entity Framework
Blazor | Blazor WebAssembly, Blazor Server | C#, ASP.NET Core
Entity Framework | Entity Framework Core, EF Core, EF6 | C#, .NET, LINQ
LINQ | | C#
SignalR | | ASP.NET Core, WebSockets
ADO.NET | | .NET, Microsoft SQL Server
WCF | Windows Communication Foundation | .NET, SOAP
Phoenix Framework | Phoenix, Phoenix LiveView, LiveView | Elixir | ambiguous
Gin | Gin Gonic, Gin-Gonic | Go | ambiguous
Actix | Actix Web, Actix-web | Rust
Axum | | Rust, Tokio
Tokio | | Rust
Hasura | | GraphQL, PostgreSQL
Firebase | Google Firebase, Firebase Realtime Database, Firebase Auth, Firebase Cloud Functions, Realtime Database | Google Firestore, Flutter, Google Cloud Platform
Supabase | | PostgreSQL, Firebase
Appwrite | | Firebase
PocketBase | | Go, SQLite
`,
  "software-mobile": `
# category: software/mobile
Wearable App Development | ~Smartwatch, Smartwatch App, ~Wearables | watchOS Development, Wear OS
Smart TV App Development | ~Smart TV, TV Apps, ~TV Set, Android TV, ~tvOS, Apple TV, ~Tizen, webOS TV, ~Over-the-Top Media, ~OTT | Roku Development
Roku Development | ~Roku, ~BrightScript, ~SceneGraph, Roku Channel Development | Smart TV App Development
Mobile App Development | Mobile Development, Mobile Application Development, App Development, Mobile Apps, ~Smartphone, Smartphone App, Smartphone App Development, ~Mobile App, Hybrid App Development, Native App Development, Mobile App Improvement, Mobile App Redesign, Mobile App Bug Fix, AI Mobile App Development, Cross-Platform App Development, Cross-Platform Development, ~Tablet, ~iPad, iPad App, Tablet App, Hybrid App, App Feature Development, Mobile App Feature | iOS Development, Android Development, Flutter, React Native | generic
iOS Development | iOS, iOS App Development, iPhone App Development, iPad App Development, iPhone Development | Swift, Xcode, SwiftUI, Objective-C
Android | Android Development, Android App Development, Android Apps, Android Developer | Kotlin, Java, Android Studio, Jetpack Compose
SwiftUI | Swift UI | Swift, iOS Development
UIKit | | Swift, Objective-C, iOS Development
Xcode | | Swift, iOS Development
Core Data | CoreData | iOS Development, Swift
Core ML | CoreML | iOS Development, Machine Learning
ARKit | | iOS Development, Augmented Reality
HealthKit | Apple HealthKit | iOS Development
CocoaPods | | iOS Development, Swift Package Manager
Swift Package Manager | SwiftPM, SPM | Swift, iOS Development
TestFlight | | iOS Development, App Store Deployment
App Store Deployment | App Store Submission, App Store Connect, iOS App Publishing | iOS Development, TestFlight
Google Play Publishing | Google Play Console, Play Store Submission, Play Store Publishing, Google Play, Google Play Store, Play Store | Android Development
In-App Purchases | In-App Purchase, IAP, In-App Billing, StoreKit, RevenueCat | iOS Development, Android Development
Push Notifications | Push Notification, APNs, Firebase Cloud Messaging, FCM, OneSignal | Firebase, Mobile App Development
Jetpack Compose | Android Jetpack Compose | Android Development, Kotlin
Android Studio | | Android Development
Android SDK | Android NDK | Android Development
Android Jetpack | Jetpack Libraries, Room Database | Android Development, Kotlin
Retrofit | | Android Development, Kotlin | ambiguous
RxJava | RxKotlin | Java, Android Development
Kotlin Coroutines | Coroutines, Kotlin Flow | Kotlin
Kotlin Multiplatform | KMP, KMM, Kotlin Multiplatform Mobile, Compose Multiplatform | Kotlin, Android Development
React Native | ReactNative, React-Native | React, JavaScript, Expo
Expo | Expo.io, Expo Go | React Native | ambiguous
Flutter | Flutter SDK | Dart, Mobile App Development, Firebase | ambiguous
Ionic | Ionic Framework | Angular, Capacitor | ambiguous
Capacitor | CapacitorJS, Capacitor.js | Ionic | ambiguous
Apache Cordova | Cordova, PhoneGap | Ionic, JavaScript
Xamarin | Xamarin.Forms, Xamarin Forms | C#, .NET MAUI
.NET MAUI | MAUI | C#, Xamarin
NativeScript | | JavaScript, Angular
watchOS Development | watchOS, Apple Watch Development, Apple Watch App | Swift, iOS Development
Wear OS | Wear OS Development, Android Wear | Android Development
Fastlane | | iOS Development, CI/CD
Mobile Deep Linking | Deep Linking, Universal Links, App Links, Branch.io | Mobile App Development

# category: software/desktop
Windows | Microsoft Windows, Windows OS, Windows 10, Windows 11, Windows Desktop | Windows Server | ambiguous
GStreamer |  | FFmpeg
Desktop Application Development | Desktop Apps, Desktop Development, Desktop Applications, Desktop Software, Standalone Application, Desktop Software Development, Windows Application, Desktop Application | Electron, Qt, WPF | generic
Electron | Electron.js, ElectronJS | JavaScript, Node.js | ambiguous
Tauri | | Rust, JavaScript
Qt | Qt Framework, Qt5, Qt6 | C++, PyQt, QML
QML | Qt Quick | Qt
PyQt | PySide, PyQt5, PyQt6, PySide6 | Python, Qt
Tkinter | | Python
Kivy | | Python
GTK | GTK+, GTK3 | C, Linux
WPF | Windows Presentation Foundation | C#, XAML, MVVM
Windows Forms | WinForms | C#, .NET
XAML | | WPF, .NET MAUI
UWP | Universal Windows Platform | C#, XAML
WinUI | WinUI 3 | C#, XAML
macOS Development | Mac App Development, macOS App Development, Mac OS X Development, AppKit | Swift, Objective-C
JavaFX | | Java
Java Swing | Swing GUI | Java
Win32 API | Win32, WinAPI, Windows API | C++, C
MFC | Microsoft Foundation Classes | C++, Win32 API
Office Add-ins | Office Add-in Development, Excel Add-ins, Outlook Add-ins, Word Add-ins, VSTO | JavaScript, C#, VBA
`,
  "software-apis": `
# category: software/apis
Geolocation | GPS, GPS Tracking, Location-Based Service, Location-Based Services, Location Services, ~Geofencing | Google Maps API
Zoom API | ~Zoom, Zoom SDK, Zoom Integration, Zoom Apps | Video Streaming Development | ambiguous
Chat Application Development | Chat App, Chat Application, Chat Applications, Messaging App, Messaging System, Chat & Messaging Software, Chat Plugin, Chat Setup, Real-Time Chat, In-App Chat | Video Streaming Development
Google APIs | Google API, Google Cloud APIs, Google Search API, Google Maps API Integration | API Integration
HTTP | HTTP/2, HTTP Protocol, HTTP API | REST API
API Development | API Design, Web API Development, API, APIs, Web APIs | REST API, GraphQL, OpenAPI | generic
REST API | RESTful API, RESTful APIs, REST APIs, RESTful, REST, RESTful Web Services | API Development, JSON, OpenAPI | ambiguous
GraphQL | Graph QL | Apollo GraphQL, API Development
Apollo GraphQL | Apollo, Apollo Client, Apollo Server | GraphQL, React | ambiguous
gRPC | | Protocol Buffers, Microservices
Protocol Buffers | Protobuf, Protobufs | gRPC
tRPC | | TypeScript, Next.js
SOAP | SOAP API, SOAP Web Services, SOAP APIs | XML, API Development | ambiguous
XML | | XSLT, SOAP
XSLT | XPath, XQuery | XML
JSON | JSON Schema | REST API, JavaScript
OpenAPI | Swagger, OpenAPI Specification, Swagger UI | REST API, API Documentation
API Documentation | API Docs | OpenAPI
API Integration | Third-Party API Integration, Third Party API Integration, API Integrations, Third-Party Integrations | REST API, Webhooks | generic
Webhooks | Webhook | API Integration, Workflow Automation
WebSockets | WebSocket, Web Sockets | Socket.IO, Node.js
WebRTC | | WebSockets, JavaScript
Server-Sent Events | SSE, EventSource | WebSockets
Apigee | Google Apigee | API Development
RabbitMQ | Rabbit MQ, AMQP | Microservices, Celery
Apache ActiveMQ | ActiveMQ | Java
NATS | NATS.io | Microservices, Go
Twilio | Twilio API, Twilio SMS, Twilio Voice | API Integration, WhatsApp Business API
Transactional Email | Email API, SendGrid, Mailgun, Postmark, Amazon SES, AWS SES | API Integration
Stripe | Stripe API, Stripe Integration, Stripe Connect | Payment Gateway Integration | ambiguous
Facebook Graph API | Meta Graph API, Facebook API, Instagram Graph API, Instagram API, ~Facebook, Facebook Development, Facebook Integration, Meta API | API Integration
Google Sheets API | Sheets API | Google Apps Script, API Integration
Microsoft Graph API | Microsoft Graph, MS Graph | Microsoft 365 Administration, API Integration
Slack API | Slack App Development, Slack Bot, Slack Bots | API Integration, Node.js
Telegram Bot Development | Telegram Bot, Telegram Bots, Telegram Bot API, Telegram API, ~Telegram, Telegram Mini App | Python, API Integration
Discord Bot Development | Discord Bot, Discord Bots, Discord.js, discord.py, ~Discord | Python, JavaScript
WhatsApp Business API | WhatsApp API, WhatsApp Cloud API, WhatsApp Bot, WhatsApp Integration, ~WhatsApp | Twilio, Chatbot Development
QuickBooks API | QuickBooks Online API, QBO API, Intuit API, QuickBooks Integration | API Integration
Plaid | Plaid API | API Integration, Fintech Development | ambiguous
Amazon SP-API | Amazon Selling Partner API, Amazon MWS, Amazon MWS API | API Integration
EDI | Electronic Data Interchange, X12, EDIFACT | API Integration
HL7 | FHIR, HL7 FHIR, HL7 v2 | API Integration
Video Streaming Development | HLS, HTTP Live Streaming, RTMP, Video Streaming, MPEG-DASH, ~Streaming, Video Stream, Streaming Platform, Video Conferencing, Live Video | FFmpeg, WebRTC | ambiguous
FFmpeg | | Video Streaming Development
`,
  "software-testing": `
# category: software/testing
Software Testing | QA, QA Testing, Software QA, Software Quality Assurance, QA Engineering, Bug Reports, Bug Reporting, Functional Testing, ~Testing, Test Plan, Test Design | Manual Testing, Test Automation | generic
Manual Testing | Manual QA, Exploratory Testing | Software Testing, Test Planning
Test Automation | Automation Testing, Automated Testing, QA Automation, Test Automation Frameworks | Selenium, Cypress, Playwright
Test Planning | Test Plans, Test Case Design, Test Cases, Test Strategy | Software Testing
Unit Testing | Unit Tests | Test-Driven Development, Jest, JUnit, pytest
Integration Testing | Integration Tests | Unit Testing, API Testing
End-to-End Testing | E2E Testing, E2E Tests, End to End Testing | Cypress, Playwright, Selenium
Regression Testing | | Test Automation
User Acceptance Testing | UAT | Software Testing
Performance Testing | Load Testing, Stress Testing | Apache JMeter, k6, Gatling
Apache JMeter | JMeter | Performance Testing
k6 | Grafana k6 | Performance Testing
Gatling | | Performance Testing, Scala
Selenium | Selenium WebDriver, WebDriver, Selenium Grid | Test Automation, Web Scraping, Java
Cypress | Cypress.io | Test Automation, JavaScript, End-to-End Testing
Playwright | | Test Automation, TypeScript, End-to-End Testing | ambiguous
Puppeteer | | Node.js, Web Scraping, Browser Automation
Jest | | JavaScript, Unit Testing, React Testing Library
Vitest | | Vite, Unit Testing
Mocha | Mocha.js, Mocha Chai | JavaScript, Unit Testing | ambiguous
Jasmine | | JavaScript, Angular | ambiguous
Karma Test Runner | Karma.js | Jasmine, Angular
React Testing Library | Testing Library | Jest, React
JUnit | JUnit 5 | Java, Unit Testing
TestNG | | Java, Selenium
Mockito | | Java, JUnit
pytest | | Python, Unit Testing
RSpec | | Ruby, Ruby on Rails
PHPUnit | Pest PHP | PHP, Laravel
NUnit | | C#, .NET, xUnit.net
xUnit.net | xUnit, MSTest | C#, .NET, NUnit
Cucumber | Gherkin, Cucumber BDD | Behavior-Driven Development | ambiguous
Robot Framework | | Test Automation, Python
Appium | | Mobile App Testing, Test Automation
Mobile App Testing | Mobile Testing, Mobile QA | Appium, Software Testing
XCTest | XCUITest | iOS Development
Espresso Testing | Android Espresso | Android Development
API Testing | API Test Automation, REST API Testing | Postman, REST API
Postman | Postman Collections, Newman | API Testing, REST API | ambiguous
SoapUI | ReadyAPI | API Testing, SOAP
Katalon Studio | Katalon | Test Automation
TestComplete | | Test Automation
Cross-Browser Testing | Cross Browser Testing, BrowserStack, Sauce Labs, LambdaTest | Selenium, Cross-Browser Compatibility
Accessibility Testing | Accessibility Audit, WCAG Audit | Web Accessibility
Game Testing | Game QA, Playtesting, Video Game Testing | Game Development, Software Testing
Contract Testing | Pact Testing, Pact.io | API Testing, Microservices
`,
  "software-game-dev": `
# category: software/game-dev
Construct | Construct 3, Construct 2 | HTML5 Game Development
Gamification | Gamified Apps, Gamification Design | Game Design
Game Development | Game Dev, Gamedev, Video Game Development, Game Programming, 2D Game, 3D Game, 2D Game Development, 3D Game Development, Game Prototype, Game Customization, Game Consultation | Unity, Unreal Engine, Godot | generic
Unity | Unity3D, Unity 3D, Unity Engine, Unity Game Development | C#, Game Development | ambiguous
Unreal Engine | Unreal, UE4, UE5, Unreal Engine 4, Unreal Engine 5 | C++, Game Development, Unreal Blueprints | ambiguous
Unreal Blueprints | Blueprint Visual Scripting, UE Blueprints | Unreal Engine
Godot | Godot Engine | GDScript, Game Development
GDScript | | Godot
GameMaker | GameMaker Studio, GameMaker Studio 2, GML | Game Development
Roblox Development | Roblox, Roblox Studio, Luau, Roblox Scripting | Lua, Game Development
Cocos2d | Cocos2d-x, Cocos Creator | Game Development, C++
Phaser | Phaser.js, Phaser 3 | JavaScript, HTML5 Game Development
HTML5 Game Development | HTML5 Games, Browser Games, Web Games | JavaScript, Phaser, PixiJS
PixiJS | Pixi.js | JavaScript, HTML5 Game Development
RPG Maker | RPG Maker MZ, RPG Maker MV | Game Development
Game Design | Game Mechanics, Gameplay Design | Game Development, Level Design
Level Design | Level Designer | Game Design, Unity, Unreal Engine
Multiplayer Game Development | Multiplayer Networking, Netcode, Photon Engine, Photon PUN, Mirror Networking, ~Multiplayer, Online Multiplayer, ~Photon | Unity, Unreal Engine
Shader Programming | Shaders, HLSL, GLSL, Shader Development, Shader Graph | OpenGL, Unity, WebGL
OpenGL | OpenGL ES | C++, WebGL, Vulkan
Vulkan | Vulkan API | C++, OpenGL
DirectX | Direct3D, DirectX 12 | C++
Minecraft Modding | Minecraft Plugins, Minecraft Mods, Spigot Plugins, Bukkit, Forge Modding, Fabric Modding, ~Minecraft, Minecraft Server | Java
Steamworks | Steam Integration, Steam API, Steamworks SDK, ~Steam | Game Development
Mobile Game Development | Mobile Games, Hyper-Casual Games, Mobile Game | Unity, Game Development

# category: software/ar-vr
Virtual Reality | VR, VR Development, Virtual Reality Development, ~Metaverse, AR & VR, AR & VR Development, AR/VR | Unity, Unreal Engine, Meta Quest Development
Augmented Reality | AR Development, Augmented Reality Development, AR Apps, AR Application, AR Applications, AR App | ARKit, ARCore, Unity
Meta Quest Development | Oculus, Oculus Development, Oculus Quest, Quest Development, Meta Quest | Virtual Reality, Unity
visionOS Development | visionOS, Apple Vision Pro Development, Vision Pro | Swift, Augmented Reality
ARCore | Google ARCore | Android Development, Augmented Reality
WebXR | | Three.js, Virtual Reality
Lens Studio | Snapchat Lens Studio, Snapchat Lenses, Snap Lenses | Augmented Reality
8th Wall | 8thWall, WebAR | Augmented Reality, WebXR
Vuforia | | Augmented Reality, Unity
`,
  "software-blockchain": `
# category: software/blockchain
Cryptocurrency | ~Crypto, ~Cryptocurrencies, Crypto Asset, Crypto Token, Cryptocurrency Development, Crypto Exchange Platform, Crypto Exchange, Crypto Wallet, Cryptocurrency Mining | Blockchain, Bitcoin, Ethereum, Token Development
Blockchain | Blockchain Development, Distributed Ledger Technology, DLT | Ethereum, Smart Contracts, Web3
Smart Contracts | Smart Contract Development, Smart Contract | Solidity, Ethereum
Solidity | | Ethereum, Smart Contracts, Hardhat
Ethereum | ETH, EVM | Solidity, Web3.js, Ethers.js
Web3 | Web 3.0, dApps, DApp Development, Decentralized Applications, dApp | Ethereum, Web3.js, Blockchain
Web3.js | Web3JS | Ethereum, JavaScript
Ethers.js | EthersJS | Ethereum, JavaScript
Hardhat | Hardhat Framework | Solidity, Ethereum | ambiguous
Truffle | Truffle Suite, Ganache | Solidity | ambiguous
Foundry | | Solidity, Hardhat | ambiguous
OpenZeppelin | | Solidity, Smart Contracts
Solana | Solana Development, Anchor Framework | Rust, Blockchain
Polygon | Polygon PoS, MATIC | Ethereum | ambiguous
BNB Chain | Binance Smart Chain, BEP-20, BEP20 | Ethereum, Solidity
Hyperledger Fabric | Hyperledger | Blockchain
Cosmos SDK | | Go, Blockchain
Polkadot | Substrate Framework | Rust, Blockchain
TON Blockchain | The Open Network, FunC | Blockchain, Telegram Bot Development
Bitcoin | BTC, Bitcoin Development | Blockchain
Cardano | Plutus | Blockchain, Haskell
NFT Development | NFT Minting, NFT Smart Contract, NFT Marketplace Development, ERC-721, ERC-1155 | Smart Contracts, Solidity
DeFi | Decentralized Finance, DeFi Development | Smart Contracts, Ethereum
Token Development | ERC-20, ERC20, Token Creation, Crypto Token Development | Solidity, Smart Contracts
Crypto Wallet Integration | MetaMask, WalletConnect, Wallet Integration, Crypto Wallet Development | Web3.js, Ethers.js
Smart Contract Auditing | Smart Contract Audit, Solidity Audit, Smart Contract Security | Smart Contracts, Solidity
Chainlink | Chainlink Oracles | Smart Contracts | ambiguous
IPFS | InterPlanetary File System | Web3
Zero-Knowledge Proofs | ZK Proofs, ZKP, zk-SNARKs, ZK-SNARK, zkSync | Cryptography, Ethereum

# category: software/fintech
TradeStation | ~EasyLanguage | Algorithmic Trading
NinjaTrader | ~NinjaScript, Ninja Trader | Algorithmic Trading
Forex Trading | FX Trading, ~Forex, Currency Trading, Derivatives Trading, Day Trading | MQL, Algorithmic Trading
Fintech Development | Fintech, Financial Software Development, Banking Software | Payment Gateway Integration, Plaid
Algorithmic Trading | Algo Trading, Quantitative Trading, Quant Trading, Automated Trading, AI Trading, Trading Automation, Automated Trading Systems, Trading Platform, ~Arbitrage, Arbitrage Bot | Python, Trading Bot Development
Trading Bot Development | Trading Bot, Trading Bots, Crypto Trading Bot, Crypto Bot | Python, Algorithmic Trading
MQL | MQL4, MQL5, MetaTrader, MetaTrader 4, MetaTrader 5, MT4, MT5, Expert Advisor | Algorithmic Trading, Trading Bot Development
Pine Script | TradingView Pine Script, TradingView Indicators, TradingView Strategy, ~TradingView | Algorithmic Trading
Interactive Brokers API | IBKR API, TWS API | Algorithmic Trading, Python
`,
  "software-embedded": `
# category: software/embedded
Embedded Systems | Embedded Software, Embedded Development, Embedded Programming, Embedded Software Development | Embedded C, Microcontrollers, RTOS, Firmware Development
Firmware Development | Firmware, Embedded Firmware, Firmware Programming | Embedded Systems, Embedded C
Embedded C | Embedded C Programming | C, Embedded Systems, Microcontrollers
Embedded C++ | | C++, Embedded Systems
Embedded Linux | Yocto, Yocto Project, Buildroot | Linux, Embedded Systems, Device Drivers
RTOS | Real-Time Operating Systems, Real-Time Operating System, FreeRTOS, Zephyr RTOS | Embedded Systems, Microcontrollers
Microcontrollers | Microcontroller, MCU, MCUs, AVR | Embedded C, Arduino, STM32
Arduino | Arduino IDE, Arduino Programming | C++, Microcontrollers, ESP32
Raspberry Pi | RPi, Raspberry Pi Pico | Linux, Python, Internet of Things
ESP32 | ESP8266, ESP-IDF, ESP Home, ESPHome | Internet of Things, Arduino
STM32 | STM32CubeIDE, STM32 HAL | Microcontrollers, Embedded C
PIC Microcontrollers | Microchip PIC, MPLAB, PIC18, PIC32 | Microcontrollers, Embedded C
ARM Cortex-M | ARM Cortex, ARM Microcontrollers, Cortex-M | Microcontrollers, Embedded C
Nordic nRF | nRF52, nRF Connect SDK | Bluetooth Low Energy, Embedded C
Device Drivers | Driver Development, Linux Device Drivers, Kernel Drivers | C, Embedded Linux, Linux Kernel Development
Linux Kernel Development | Linux Kernel, Kernel Development, Kernel Programming | C, Device Drivers
FPGA | FPGA Development, FPGA Design, FPGA Programming, Xilinx, Intel FPGA | Verilog, VHDL
Verilog | SystemVerilog | FPGA, VHDL
VHDL | | FPGA, Verilog
Digital Signal Processing | DSP, Signal Processing, Audio DSP | MATLAB, C, Embedded Systems
Serial Protocols | I2C, SPI, UART, RS-232, RS-485, RS232, RS485 | Embedded Systems, Microcontrollers
CAN Bus | CANbus, CAN Protocol, CAN Bus Protocol, J1939 | Embedded Systems, AUTOSAR
AUTOSAR | | Embedded C, CAN Bus
LabVIEW | NI LabVIEW | MATLAB
Simulink | MATLAB Simulink | MATLAB, Embedded Systems
PLC Programming | PLC, Ladder Logic, Siemens TIA Portal, Allen-Bradley, Rockwell PLC, Structured Text | SCADA, Modbus
SCADA | HMI, HMI Development, Ignition SCADA | PLC Programming, Modbus
Modbus | Modbus RTU, Modbus TCP | PLC Programming, SCADA
Robotics | Robot Programming, Robotics Engineering | ROS, Python, C++
ROS | Robot Operating System, ROS2, ROS 2 | Robotics, C++, Python
TinyML | Edge AI, Edge ML | Microcontrollers, Machine Learning, TensorFlow Lite

# category: software/iot
Internet of Things | IoT, IoT Development, IIoT, Industrial IoT, ~Sensors, Sensor Integration, Motion Sensor | ESP32, MQTT, Raspberry Pi
MQTT | Mosquitto | Internet of Things, Node-RED
Node-RED | NodeRED | Internet of Things, MQTT
Zigbee | | Internet of Things, Home Automation, Z-Wave
Z-Wave | ZWave | Home Automation, Zigbee
LoRaWAN | LoRa Radio, The Things Network | Internet of Things
Bluetooth Low Energy | BLE, Bluetooth LE, Bluetooth, Bluetooth Development | Internet of Things, Nordic nRF | ambiguous
RFID/NFC | RFID, NFC, NFC Development, RFID Integration | Internet of Things
Home Automation | Smart Home Automation, Home Assistant, Smart Home Integration, Smart Home | Internet of Things, Zigbee
AWS IoT | AWS IoT Core, AWS IoT Greengrass | Internet of Things, AWS
Azure IoT Hub | Azure IoT, Azure IoT Central | Internet of Things, Microsoft Azure
`,
  "software-cms": `
# category: software/cms
Membership Website Development | Membership Site, Membership Sites, Membership Website, ~MemberPress, Membership Plugin, Paid Memberships Pro, WooCommerce Subscriptions | WordPress
Form Development | ~Forms, Online Forms, Web Forms, Form Builder, ~Jotform, ~JotForm, Typeform Forms | Gravity Forms
GoDaddy | GoDaddy Website Builder | Web Hosting
Website Builders | Website Builder, Site Builder, Website Builders & CMS Consultation, Page Builders, Website Builders & CMS Software | Wix, Squarespace, Webflow | generic
Gravity Forms |  | WordPress
BuddyPress | ~BuddyBoss | WordPress
WordPress | Wordpress Development, WP, WordPress Developer, WordPress Website | PHP, WooCommerce, Elementor, MySQL
WordPress Theme Development | WordPress Themes, WordPress Theme Customization, Custom WordPress Theme, WP Theme Development, Theme Development, Theme Customization, WordPress Theme, Custom Post Types | WordPress, PHP, CSS
WordPress Plugin Development | WordPress Plugins, Custom WordPress Plugin, WP Plugin Development, WordPress Plugin, Plugin Development, WordPress Plugin Customization | WordPress, PHP
WooCommerce | Woo Commerce, WooCommerce Development | WordPress, E-commerce Development
Elementor | Elementor Pro | WordPress
Divi | Divi Builder, Divi Theme | WordPress
WPBakery | Visual Composer, WPBakery Page Builder | WordPress
Beaver Builder | | WordPress
Bricks Builder | | WordPress
Gutenberg | Gutenberg Blocks, WordPress Block Editor, Block Themes, Full Site Editing | WordPress, React
Advanced Custom Fields | ACF, ACF Pro | WordPress
LearnDash | | WordPress
WordPress Security | WordPress Hardening, Wordfence | WordPress, Malware Removal
Website Maintenance | Site Maintenance, WordPress Maintenance, Website Updates | WordPress, Web Hosting
Website Migration | Site Migration, WordPress Migration, Website Transfer | Web Hosting, WordPress
Drupal | Drupal 8, Drupal 9, Drupal 10 | PHP
Joomla | | PHP
Craft CMS | | PHP
TYPO3 | | PHP
Umbraco | | .NET, C#
Sitecore | | .NET, C#
Adobe Experience Manager | AEM, Adobe AEM | Java
Moodle | Moodle LMS, Moodle Development | PHP
Headless CMS | Headless Content Management | Contentful, Strapi, Sanity.io
Contentful | | Headless CMS
Strapi | | Headless CMS, Node.js
Sanity.io | Sanity CMS, Sanity Studio | Headless CMS, React
Storyblok | | Headless CMS
Payload CMS | | Headless CMS, Node.js
Directus | | Headless CMS
Ghost CMS | Ghost Blog | Node.js
Webflow | Webflow Development, Webflow CMS | HTML, CSS, No-Code Development
Wix | Wix Website, Wix Velo, Velo by Wix | No-Code Development
Squarespace | Squarespace Website | No-Code Development
Duda | Duda Website Builder | No-Code Development
Carrd | | No-Code Development
`,
  "software-ecommerce": `
# category: software/ecommerce
E-commerce Development | Ecommerce Development, E-commerce Website Development, Online Store Development, Ecommerce Website, ~Ecommerce, ~E-commerce, ~Online Store, ~Ecommerce Platform, ~E-commerce Platform | Shopify, WooCommerce, Magento | generic
Shopify | Shopify Development, Shopify Store Setup, Shopify Developer | Liquid, Shopify Theme Development, E-commerce Development
Shopify Theme Development | Shopify Themes, Shopify Theme Customization, Shopify Online Store 2.0 | Shopify, Liquid
Shopify App Development | Shopify Apps, Shopify Plugin Development, Shopify API | Shopify, Node.js, Remix
Shopify Plus | Shopify Scripts, Shopify Functions | Shopify
Shopify Hydrogen | | Shopify, React
Liquid | Shopify Liquid, Liquid Templates | Shopify, Jekyll | ambiguous
Magento | Adobe Commerce, Magento 2, Magento Development | PHP, E-commerce Development
BigCommerce | Big Commerce | E-commerce Development
PrestaShop | | PHP, E-commerce Development
OpenCart | Open Cart | PHP, E-commerce Development
Salesforce Commerce Cloud | SFCC, Demandware | E-commerce Development, JavaScript
SAP Commerce Cloud | SAP Hybris, Hybris | Java, E-commerce Development
commercetools | | E-commerce Development, Headless CMS
Medusa.js | MedusaJS | Node.js, E-commerce Development
Ecwid | | E-commerce Development
Multi-Vendor Marketplace Development | Marketplace Development, Multi-Vendor Marketplace, Dokan, WCFM | WooCommerce, E-commerce Development
Payment Gateway Integration | Payment Integration, Payment Gateways, Payment Processing Integration, Payment Functionality, Payment Processing, Payment Integration Development, Online Payments, Payment Gateway, Payment Plugin, Payment Systems, Point of Sale & Payment Systems | Stripe, PayPal API, Braintree
PayPal API | PayPal Integration, PayPal Checkout, PayPal REST API, ~PayPal, PayPal Development, PayPal Plugin | Payment Gateway Integration
Braintree | Braintree Payments | Payment Gateway Integration
Square API | Square Integration, Square Payments API | Payment Gateway Integration
Razorpay | | Payment Gateway Integration
Authorize.Net | | Payment Gateway Integration
Adyen | | Payment Gateway Integration
Apple Pay Integration | Apple Pay | Payment Gateway Integration, iOS Development
Google Pay Integration | Google Pay | Payment Gateway Integration, Android Development
Subscription Billing | Recurring Billing, Chargebee, Recurly, Stripe Billing | Stripe, SaaS Development
`,
  "software-crm-erp": `
# category: software/crm
Salesforce | SFDC, Salesforce.com, Salesforce CRM, Salesforce Platform | Apex, Salesforce Development, Salesforce Administration
Salesforce Development | Salesforce Developer, Force.com Development, Force.com, Salesforce App Development | Apex, Lightning Web Components, SOQL
Salesforce Administration | Salesforce Admin, Salesforce Configuration | Salesforce, Salesforce Flow
Apex | Salesforce Apex, Apex Triggers | Salesforce Development, SOQL | ambiguous
Lightning Web Components | LWC | Salesforce Development, JavaScript
Salesforce Lightning | Lightning Experience, Aura Components, Salesforce Aura | Salesforce Development
SOQL | SOSL | Apex, Salesforce
Visualforce | | Apex, Salesforce
Salesforce Flow | Flow Builder, Process Builder, Salesforce Automation | Salesforce Administration
Salesforce Sales Cloud | Sales Cloud | Salesforce
Salesforce Service Cloud | Service Cloud | Salesforce
Salesforce Experience Cloud | Experience Cloud, Community Cloud, Salesforce Communities | Salesforce
Salesforce Marketing Cloud | SFMC, ExactTarget | Salesforce, AMPscript
AMPscript | | Salesforce Marketing Cloud
Salesforce CPQ | Salesforce Revenue Cloud | Salesforce
Salesforce Integration | Salesforce API, Salesforce REST API | Salesforce, API Integration, MuleSoft
MuleSoft | Mule ESB, Mule 4, Anypoint Platform | Salesforce Integration, API Integration
HubSpot Development | HubSpot CMS, HubSpot CMS Development, HubL, HubSpot API, HubSpot Integration, HubSpot Custom Modules | CRM Integration, API Integration
CRM Integration | CRM Development, CRM Customization, CRM Implementation | Salesforce, HubSpot Development, Zoho CRM
Zoho CRM | Zoho CRM Customization | CRM Integration, Zoho Creator
Zoho Creator | Deluge Script, Zoho Deluge | Zoho CRM, No-Code Development
Microsoft Dynamics 365 | Dynamics 365, D365, Dynamics CRM, MS Dynamics, Microsoft Dynamics CRM, Dynamics 365 CE, Microsoft Dynamics, Microsoft Dynamics ERP, Dynamics ERP | Microsoft Power Platform, C#
ServiceNow | Service Now, ServiceNow Development, ServiceNow Admin | IT Service Management, JavaScript
Jira Administration | Jira Admin, Jira Configuration, Jira Automation, Jira Service Management | Atlassian Plugin Development
Atlassian Plugin Development | Jira Plugin Development, Atlassian Forge, Atlassian Connect, Confluence Plugin Development | Jira Administration, Java
Workday Integration | Workday Studio, Workday Integrations | API Integration

# category: software/erp
ERP Implementation | ERP Development, ERP Consulting, ERP Customization, ERP Integration | SAP, Odoo, Microsoft Dynamics 365, Oracle NetSuite
SAP | SAP ERP, SAP ECC, SAP R/3 | ABAP, SAP S/4HANA, ERP Implementation
ABAP | SAP ABAP, ABAP OO, ABAP on HANA | SAP, SAP S/4HANA
SAP S/4HANA | S/4HANA, S4HANA, S/4 HANA, SAP S4 HANA | SAP, SAP Fiori
SAP HANA | SAP HANA Database, HANA DB | SAP S/4HANA, SQL
SAP Fiori | Fiori Apps | SAPUI5, SAP S/4HANA
SAPUI5 | UI5, OpenUI5 | SAP Fiori, JavaScript
SAP BW | SAP BW/4HANA, SAP Business Warehouse, SAP BI | SAP, Data Warehousing
SAP Basis | SAP Basis Administration | SAP, Linux System Administration
SAP FICO | SAP FI/CO, SAP FI, SAP CO, SAP Finance | SAP
SAP MM | SAP Materials Management | SAP
SAP SD | SAP Sales and Distribution | SAP
SAP Business One | SAP B1 | SAP, ERP Implementation
SAP SuccessFactors | SuccessFactors | SAP
SAP Ariba | Ariba | SAP
SAP BTP | SAP Business Technology Platform, SAP CAP, SAP Cloud Platform | SAP, SAP Fiori
Oracle NetSuite | NetSuite, SuiteScript, SuiteCloud, NetSuite Development | ERP Implementation, JavaScript
Oracle E-Business Suite | Oracle EBS, Oracle Apps | Oracle Database, PL/SQL
Oracle PeopleSoft | PeopleSoft, PeopleCode | Oracle Database
Oracle APEX | Oracle Application Express | Oracle Database, PL/SQL
Dynamics 365 Business Central | Business Central, Dynamics NAV, Navision, AL Language | Microsoft Dynamics 365, ERP Implementation
Dynamics 365 Finance and Operations | D365 F&O, D365 Finance and Operations, Dynamics AX, AX 2012, X++ | Microsoft Dynamics 365
Odoo | OpenERP, Odoo Development, Odoo Customization | Python, PostgreSQL, ERP Implementation
ERPNext | Frappe Framework | Python, ERP Implementation
Acumatica | | C#, ERP Implementation
Epicor | Epicor ERP, Epicor Kinetic | ERP Implementation
`,
  "software-no-code": `
# category: software/no-code
No-Code Development | No-Code, Nocode, No Code, Low-Code, Low-Code Development, Low Code, No-Code Apps | Bubble.io, Webflow, Zapier, Airtable
Bubble.io | Bubble, Bubble Developer | No-Code Development, Xano | ambiguous
Glide | Glide Apps, Glideapps | No-Code Development, Google Sheets API | ambiguous
Adalo | | No-Code Development
Softr | | Airtable, No-Code Development
FlutterFlow | | Flutter, Firebase, No-Code Development
AppSheet | Google AppSheet | No-Code Development
Retool | Retool Apps | SQL, No-Code Development | ambiguous
WeWeb | | Xano, No-Code Development
Xano | | Bubble.io, No-Code Development
Airtable | Airtable Automations, Airtable Scripting | Zapier, No-Code Development
Zapier | Zapier Automation, Zapier Zaps | Workflow Automation, Make.com
Make.com | Integromat, Make (Integromat) | Zapier, Workflow Automation
n8n | n8n.io | Workflow Automation, AI Agents
Pabbly Connect | Pabbly | Zapier
IFTTT | | Zapier
Workflow Automation | Business Process Automation, Process Automation, Automation Workflows, Workflow Design, Automated Workflow, Automated Workflows, ~Automation, Process Automation Development, System Automation | Zapier, Make.com, n8n, Power Automate
Microsoft Power Platform | Power Platform | Power Apps, Power Automate, Power BI, Dataverse
Power Apps | PowerApps, Microsoft Power Apps, Canvas Apps, Model-Driven Apps | Microsoft Power Platform, Power Automate
Power Automate | Microsoft Flow, MS Flow, Power Automate Desktop, Microsoft Power Automate | Power Apps, Workflow Automation
Dataverse | Common Data Service, Microsoft Dataverse | Power Apps
Google Apps Script | Apps Script, Google Script, Google Sheets Script | JavaScript, Google Sheets API
Robotic Process Automation | RPA, RPA Development | UiPath, Automation Anywhere, Blue Prism
UiPath | UiPath Studio | Robotic Process Automation
Automation Anywhere | | Robotic Process Automation
Blue Prism | | Robotic Process Automation
Browser Automation | Web Automation, Web Browser Automation | Selenium, Puppeteer, Playwright
Automation Scripting | Automation Scripts, Task Automation, Python Automation | Python, Bash, Workflow Automation
Voiceflow | | Chatbot Development
Botpress | | Chatbot Development
`,
  "data-databases": `
# category: data/databases
Realm Database | ~Realm, MongoDB Realm | MongoDB
Database Development | ~Database, ~Databases, Database Programming, Database Architecture, Database Integration, NoSQL Database, Database Setup, Database Management System, DBMS, Data Table | SQL, Database Design, Database Administration | generic
SQL | Structured Query Language, SQL Queries, SQL Programming | MySQL, PostgreSQL, Database Design
MySQL | My SQL, MySQL Database | SQL, PHP, MariaDB
PostgreSQL | Postgres, Postgre, PostgresSQL, Postgres SQL | SQL, PostGIS, PL/pgSQL
PL/pgSQL | PLpgSQL | PostgreSQL
MariaDB | | MySQL
SQLite | SQLite3 | SQL
Microsoft SQL Server | SQL Server, MSSQL, MS SQL, MS SQL Server, SQL Server Management Studio, SSMS | T-SQL, SQL
T-SQL | Transact-SQL, TSQL | Microsoft SQL Server
Oracle Database | Oracle DB, Oracle, Oracle SQL, Oracle 19c | PL/SQL, SQL | ambiguous
PL/SQL | PLSQL | Oracle Database
IBM Db2 | DB2, IBM DB2 Database | SQL
Microsoft Access | MS Access, Access Database, Access VBA Database | SQL, VBA
FileMaker | FileMaker Pro, Claris FileMaker | SQL
MongoDB | Mongo, Mongo DB, MongoDB Atlas | NoSQL, Mongoose, Node.js
NoSQL | No SQL, NoSQL Databases | MongoDB, Apache Cassandra, Redis
Redis | Redis Cache | Caching, NoSQL
Memcached | | Caching
Apache Cassandra | Cassandra | NoSQL | ambiguous
ScyllaDB | | Apache Cassandra
Couchbase | | NoSQL
CouchDB | Apache CouchDB, PouchDB | NoSQL
Amazon DynamoDB | DynamoDB, Dynamo DB, AWS DynamoDB | AWS, NoSQL
Google Firestore | Firestore, Cloud Firestore | Firebase, NoSQL
Azure Cosmos DB | Cosmos DB, CosmosDB | Microsoft Azure, NoSQL
Neo4j | | Graph Databases, Cypher Query Language
Cypher Query Language | Cypher Query, openCypher | Neo4j
Graph Databases | Graph Database, Graph DB | Neo4j, Knowledge Graphs
Amazon Neptune | AWS Neptune | Graph Databases, AWS
ArangoDB | | Graph Databases, NoSQL
InfluxDB | | Time Series Databases
TimescaleDB | | PostgreSQL, Time Series Databases
Time Series Databases | Time-Series Database, TSDB | InfluxDB, TimescaleDB
ClickHouse | | SQL, Data Warehousing
CockroachDB | | PostgreSQL, Distributed Systems
PlanetScale | Vitess | MySQL
Amazon RDS | RDS, AWS RDS | AWS, MySQL, PostgreSQL
Amazon Aurora | AWS Aurora, Aurora MySQL, Aurora PostgreSQL | AWS, MySQL, PostgreSQL
Google Cloud SQL | Cloud SQL | Google Cloud Platform, MySQL, PostgreSQL
Azure SQL Database | Azure SQL, Azure SQL DB | Microsoft Azure, Microsoft SQL Server
Database Design | Database Schema Design, Database Modeling, Relational Database Design, Schema Design, ERD | SQL, Data Modeling
Database Administration | DBA, DB Administration, Database Management, Database Maintenance | SQL, Query Optimization, Backup and Recovery | ambiguous
Query Optimization | SQL Optimization, Query Tuning, SQL Performance Tuning, Database Optimization, Database Performance Tuning | SQL, Database Administration
Database Migration | DB Migration, Database Migrations, Schema Migration | SQL, Data Migration
Stored Procedures | Stored Procedure, SQL Stored Procedures, Database Triggers | SQL, T-SQL, PL/SQL
Database Replication | Database Clustering, High Availability Databases | Database Administration

# category: data/search
Elasticsearch | Elastic Search | Kibana, Logstash, OpenSearch
OpenSearch | Amazon OpenSearch, AWS OpenSearch | Elasticsearch
Apache Solr | Solr | Elasticsearch, Apache Lucene
Apache Lucene | Lucene | Apache Solr, Elasticsearch
Algolia | | Full-Text Search
Meilisearch | | Full-Text Search
Typesense | | Full-Text Search
Full-Text Search | Full Text Search, Search Engine Development, Site Search, Search Implementation | Elasticsearch, Algolia
`,
  "data-engineering": `
# category: data/engineering
Data Engineering | Data Engineer, Data Infrastructure | ETL, Apache Spark, Data Pipelines, Data Warehousing
ETL | ETL Development, Extract Transform Load, ELT, ETL Pipelines | Data Pipelines, Data Warehousing, Data Integration
Data Pipelines | Data Pipeline, Data Pipeline Development | ETL, Apache Airflow
Data Warehousing | Data Warehouse, DWH, EDW, Data Warehouse Design | Snowflake, Amazon Redshift, Google BigQuery, Data Modeling
Data Lakes | Data Lake, Data Lakehouse, Lakehouse Architecture | Databricks, Delta Lake, Apache Iceberg
Data Modeling | Data Modelling, Dimensional Modeling, Star Schema, Kimball Methodology | Data Warehousing, SQL, Database Design
Data Migration | Data Migrations, Data Conversion | ETL, Database Migration
Data Integration | Data Integrations | ETL, API Integration
Data Governance | Data Catalog, Master Data Management | Data Quality
Data Quality | Data Validation, Great Expectations | Data Governance, Data Cleaning
Data Cleaning | Data Cleansing, Data Wrangling, Data Preparation, Data Munging, Data Scrubbing | pandas, Data Analysis
Big Data | Big Data Analytics | Apache Hadoop, Apache Spark
Apache Spark | Spark, Spark SQL, Spark Streaming | Scala, PySpark, Databricks, Apache Hadoop | ambiguous
PySpark | | Apache Spark, Python
Apache Hadoop | Hadoop, HDFS, MapReduce, Hadoop Ecosystem | Apache Spark, Apache Hive, Big Data
Apache Hive | Hive, HiveQL | Apache Hadoop | ambiguous
Apache HBase | HBase | Apache Hadoop, NoSQL
Apache Kafka | Kafka, Kafka Streams, Confluent Kafka | Event-Driven Architecture, Stream Processing
Apache Flink | Flink | Apache Kafka, Stream Processing
Apache Beam | | Google Cloud Dataflow, Stream Processing
Stream Processing | Real-Time Data Processing, Streaming Data, Real-Time Streaming, Data Streaming | Apache Kafka, Apache Flink
Change Data Capture | Debezium | Apache Kafka, Data Pipelines
Apache Airflow | Airflow, Cloud Composer, MWAA | ETL, Python, Data Pipelines | ambiguous
Dagster | | Apache Airflow, Data Pipelines
Prefect | Prefect.io | Apache Airflow, Python | ambiguous
dbt | data build tool, dbt Core, dbt Cloud | SQL, Snowflake, Data Modeling
Snowflake | Snowflake Data Cloud, Snowflake DB, Snowpark | Data Warehousing, SQL, dbt | ambiguous
Databricks | Databricks Lakehouse | Apache Spark, Delta Lake, PySpark
Delta Lake | | Databricks, Data Lakes
Apache Iceberg | Iceberg Tables | Data Lakes | ambiguous
Apache Parquet | Parquet | Data Lakes | ambiguous
Google BigQuery | BigQuery, BQ | Google Cloud Platform, SQL, Data Warehousing
Amazon Redshift | Redshift, AWS Redshift | AWS, Data Warehousing
Azure Synapse Analytics | Azure Synapse, Synapse Analytics | Microsoft Azure, Data Warehousing
Azure Data Factory | ADF | Microsoft Azure, ETL
Microsoft Fabric | MS Fabric | Power BI, Azure Synapse Analytics
AWS Glue | Glue ETL | AWS, ETL
Google Cloud Dataflow | Dataflow, GCP Dataflow | Apache Beam, Google Cloud Platform
Amazon EMR | AWS EMR, Elastic MapReduce | AWS, Apache Spark
Amazon Athena | AWS Athena | AWS, SQL
Amazon Kinesis | Kinesis, AWS Kinesis, Kinesis Data Streams | AWS, Stream Processing
SSIS | SQL Server Integration Services | Microsoft SQL Server, ETL
SSAS | SQL Server Analysis Services, OLAP Cubes | Microsoft SQL Server, Data Warehousing
Informatica | Informatica PowerCenter, Informatica Cloud, IICS | ETL
Talend | Talend Open Studio | ETL
Fivetran | | ETL, Data Integration
Airbyte | | ETL, Data Integration
Stitch Data | | ETL
Matillion | | ETL, Snowflake
Apache NiFi | NiFi | ETL, Data Pipelines
Trino | Presto, PrestoDB, PrestoSQL, Starburst | SQL, Data Lakes | ambiguous
Pentaho | Pentaho Data Integration, Pentaho Kettle | ETL

# category: data/scraping
Web Scraping | Web Crawling, Data Scraping, Screen Scraping, Web Data Extraction, Web Crawler, Data Extraction, ~Scraper, ~Scraping, Web Scraper | Python, Scrapy, Beautiful Soup, Selenium
Scrapy | | Web Scraping, Python
Beautiful Soup | BeautifulSoup, BS4, BeautifulSoup4 | Web Scraping, Python
Apify | | Web Scraping, Puppeteer
Proxy Rotation | Rotating Proxies, Residential Proxies, Anti-Bot Bypass, Captcha Solving | Web Scraping
`,
  "data-analytics": `
# category: data/analytics
Data Mining | Data Miner, Data Preprocessing | Data Analysis, Web Scraping
Data Analysis | Data Analytics, Data Analyst, Analyzing Data, ~Analytics, ~Reporting, Data Reporting, Advanced Analytics | SQL, Python, pandas, Data Visualization | generic, ambiguous
Data Science | Data Scientist | Machine Learning, Python, Statistics, Data Analysis
Exploratory Data Analysis | EDA | Data Analysis, pandas, Jupyter Notebook
Data Visualization | Data Viz, Dataviz, Data Visualisation | Tableau, Power BI, D3.js, Matplotlib
Statistics | Statistical Analysis, Statistical Modeling, Statistical Modelling, Applied Statistics | R, Python, SPSS
Regression Analysis | Linear Regression, Logistic Regression | Statistics, Machine Learning
Time Series Analysis | Time Series Forecasting, Time Series, Time-Series Analysis | Statistics, Python, Forecasting Models
Forecasting Models | Demand Forecasting, Predictive Forecasting, Facebook Prophet | Time Series Analysis, Machine Learning
Bayesian Statistics | Bayesian Inference, Bayesian Modeling, PyMC | Statistics
Experiment Design | Experimental Design, Causal Inference, Hypothesis Testing | Statistics
Predictive Modeling | Predictive Analytics, Predictive Models, Predictive Model | Machine Learning, Statistics
Cohort Analysis | Retention Analysis, Customer Segmentation Analysis | Data Analysis, SQL
Jupyter Notebook | Jupyter, JupyterLab, IPython, Jupyter Notebooks | Python, pandas
Google Colab | Colab, Colaboratory | Jupyter Notebook, Python
pandas | Python pandas | Python, NumPy, Data Analysis | ambiguous
NumPy | | Python, SciPy, pandas
SciPy | | NumPy, Scientific Computing
Polars | | pandas, Python
Matplotlib | | Python, Data Visualization, Seaborn
Seaborn | | Matplotlib, Data Visualization
Plotly | Plotly.js | Python, Data Visualization, Plotly Dash
Plotly Dash | Dash, Dash Plotly | Plotly, Python | ambiguous
Bokeh | Bokeh Python | Python, Data Visualization | ambiguous
Streamlit | | Python, Data Visualization
ggplot2 | ggplot | R, Data Visualization
Shiny | R Shiny, RShiny, Shiny Apps | R | ambiguous
tidyverse | dplyr, tidyr | R
RStudio | Posit RStudio | R
SAS | SAS Programming, Base SAS, SAS Enterprise Guide | Statistics
SPSS | IBM SPSS, SPSS Statistics | Statistics
Stata | | Statistics, Econometrics
Minitab | | Statistics
Econometrics | Econometric Modeling | Statistics, Stata, R
KNIME | KNIME Analytics Platform | Data Analysis, ETL
Alteryx | Alteryx Designer | Data Analysis, ETL
RapidMiner | Altair AI Studio | Machine Learning, Data Analysis

# category: data/bi
Business Intelligence | BI, BI Development, BI Reporting | Power BI, Tableau, Data Warehousing
Dashboard Development | Dashboards, Dashboard Creation, Interactive Dashboards, KPI Dashboards, Reporting Dashboards | Power BI, Tableau, Data Visualization | generic
Power BI | PowerBI, Microsoft Power BI, MS Power BI, Power BI Desktop | DAX, Power Query, Business Intelligence
DAX | Data Analysis Expressions, DAX Formulas | Power BI
Power Query | Power Query M, M Language, M Query | Power BI
Tableau | Tableau Desktop, Tableau Server, Tableau Public, Tableau Prep | Data Visualization, Business Intelligence
Looker | Looker BI | LookML, Google BigQuery, Business Intelligence
LookML | | Looker
Looker Studio | Google Data Studio, Data Studio, Google Looker Studio | Data Visualization, Google BigQuery
Qlik Sense | QlikView, Qlik | Business Intelligence, Data Visualization
Metabase | | SQL, Business Intelligence
Apache Superset | Superset | SQL, Business Intelligence | ambiguous
Redash | | SQL, Dashboard Development
Sisense | | Business Intelligence
Domo | | Business Intelligence
MicroStrategy | | Business Intelligence
SSRS | SQL Server Reporting Services | Microsoft SQL Server, Business Intelligence
Crystal Reports | SAP Crystal Reports | SQL, Business Intelligence
Amazon QuickSight | QuickSight, AWS QuickSight | AWS, Business Intelligence
Zoho Analytics | | Business Intelligence
`,
  "data-ml": `
# category: data/ml
Machine Learning | ML, Machine Learning Engineering, ML Engineering, Model Training, AI Model Training | Python, scikit-learn, Deep Learning, Data Science | ambiguous
Deep Learning | Deep Neural Networks | TensorFlow, PyTorch, Neural Networks, Machine Learning
Neural Networks | Neural Network, Artificial Neural Networks, Artificial Neural Network, ANN | Deep Learning
Artificial Intelligence | AI, A.I., AI Development, AI Solutions, AI Model Development, AI Platform, AI Solution, AI Product Development, AI App Development, AI Application, AI Applications | Machine Learning, Large Language Models | generic
scikit-learn | sklearn, scikit learn | Python, Machine Learning
TensorFlow | Tensorflow 2 | Keras, Deep Learning, Python
Keras | | TensorFlow, Deep Learning
PyTorch | PyTorch Lightning, LibTorch | Deep Learning, Python
JAX | Google JAX, Flax NN | Deep Learning, Python
XGBoost | | Machine Learning, LightGBM
LightGBM | | Machine Learning, XGBoost
CatBoost | | Machine Learning, XGBoost
ONNX | ONNX Runtime | PyTorch, TensorFlow
TensorFlow Lite | TFLite, TF Lite, LiteRT | TensorFlow, Mobile App Development
Convolutional Neural Networks | CNN, CNNs, ConvNets | Deep Learning, Computer Vision | ambiguous
Recurrent Neural Networks | RNN, RNNs, LSTM, GRU | Deep Learning, Time Series Analysis
Generative Adversarial Networks | GAN, GANs | Deep Learning
Transfer Learning | | Deep Learning
Feature Engineering | Feature Selection | Machine Learning
Cluster Analysis | K-Means Clustering, K-Means, Clustering Algorithms | Machine Learning, Statistics
Anomaly Detection | Outlier Detection | Machine Learning
Recommendation Systems | Recommender Systems, Recommendation Engine, Recommender System | Machine Learning, Collaborative Filtering
Collaborative Filtering | | Recommendation Systems
Reinforcement Learning | RL, Deep Reinforcement Learning | Machine Learning, Deep Learning
Explainable AI | XAI, Model Interpretability, SHAP | Machine Learning
Data Annotation | Data Labeling, Data Labelling, Image Annotation, Data Tagging, Label Studio | Machine Learning, Computer Vision
Mathematical Optimization | Operations Research, Linear Programming, Optimization Modeling, OR-Tools, Gurobi | Python, Algorithms

# category: data/computer-vision
Computer Vision | Machine Vision | OpenCV, Deep Learning, Image Processing
Image Processing | Digital Image Processing | OpenCV, Computer Vision
OpenCV | Open CV | Computer Vision, Python, C++
Object Detection | Object Tracking | YOLO, Computer Vision
YOLO | YOLOv5, YOLOv7, YOLOv8, YOLOv11, Ultralytics | Object Detection | ambiguous
Image Classification | | Computer Vision, Convolutional Neural Networks
Image Segmentation | Semantic Segmentation, Instance Segmentation, Segment Anything | Computer Vision
OCR | Optical Character Recognition, Tesseract, Tesseract OCR | Computer Vision, Document AI
Document AI | Intelligent Document Processing, IDP, Document Parsing, Invoice Parsing, AWS Textract, Google Document AI | OCR, Large Language Models
Facial Recognition | Face Recognition, Face Detection | Computer Vision
MediaPipe | | Computer Vision, Pose Estimation
Pose Estimation | Human Pose Estimation, OpenPose | Computer Vision, MediaPipe
Video Analytics | Video Analysis, Video Processing | Computer Vision, FFmpeg
3D Computer Vision | Point Clouds, 3D Reconstruction, LiDAR Processing, Photogrammetry Processing | Computer Vision

# category: data/nlp
Natural Language Processing | NLP, Natural Language Understanding, NLU, Text Mining | Machine Learning, spaCy, NLTK, Hugging Face
spaCy | | Natural Language Processing, Python
NLTK | Natural Language Toolkit | Natural Language Processing, Python
Gensim | Word2Vec | Natural Language Processing
BERT | RoBERTa, DistilBERT | Natural Language Processing, Hugging Face
Sentiment Analysis | Opinion Mining | Natural Language Processing
Text Classification | Document Classification | Natural Language Processing
Named Entity Recognition | NER, Entity Extraction | Natural Language Processing
Topic Modeling | LDA Topic Modeling, BERTopic | Natural Language Processing
Machine Translation | Neural Machine Translation, NMT | Natural Language Processing
Speech Recognition | Speech-to-Text, Speech to Text, ASR, Automatic Speech Recognition, STT | OpenAI Whisper, Natural Language Processing
Text-to-Speech | Text to Speech, TTS, Speech Synthesis | Speech Recognition
Voice Assistant Development | Alexa Skills, Alexa Skill Development, Google Assistant Actions, Voice Apps | Speech Recognition, Chatbot Development
`,
  "data-ai": `
# category: data/ai
Mistral AI | ~Mistral, ~Mixtral | Large Language Models | ambiguous
AI Content Generation | AI Audio Generation, AI Text-to-Image, AI Text-to-Speech, AI-Generated Video, AI Video Generation, Diffusion Model | OpenAI API, Stable Diffusion
DALL-E | DALL-E API, DALL·E | OpenAI API
ChatGPT | Chat GPT, ChatGPT Plugins, GPT-4 API, GPT-Neo, GPT Models, Custom GPT | OpenAI API, Large Language Models
Large Language Models | LLM, LLMs, Large Language Model, LLM Development, LLM Integration | OpenAI API, LangChain, Prompt Engineering, Retrieval-Augmented Generation
Generative AI | GenAI, Gen AI, Generative Artificial Intelligence | Large Language Models, Stable Diffusion
Prompt Engineering | Prompt Design, Prompt Engineer, Prompt Optimization, LLM Prompt, LLM Prompt Engineering, Generative AI Prompt Engineering, AI Prompt Engineering, Prompt Writing | Large Language Models, OpenAI API
OpenAI API | OpenAI, GPT API, GPT-4, GPT-4o, GPT-3, ChatGPT API, OpenAI Integration | Large Language Models, Prompt Engineering
Anthropic Claude API | Claude API, Anthropic API, Claude 3.5 Sonnet, Claude AI, Anthropic Claude | Large Language Models
Google Gemini API | Gemini API, Google AI Studio, Gemini Pro, Gemini 1.5 Pro, Gemini 2.0, Google Gemini | Large Language Models, Google Vertex AI
Azure OpenAI Service | Azure OpenAI | OpenAI API, Microsoft Azure
Amazon Bedrock | AWS Bedrock | AWS, Large Language Models
LangChain | Langchain Agents, LangSmith | Large Language Models, Python, Retrieval-Augmented Generation
LangGraph | | LangChain, AI Agents
LlamaIndex | Llama Index, GPT Index | Retrieval-Augmented Generation, Large Language Models
Retrieval-Augmented Generation | RAG, RAG Pipelines, Retrieval Augmented Generation | Vector Databases, LangChain, Embeddings
AI Agents | AI Agent Development, Agentic AI, Autonomous Agents, AI Agent, Multi-Agent Systems | LangChain, Large Language Models, CrewAI
CrewAI | Crew AI | AI Agents
Model Context Protocol | MCP, MCP Server, MCP Servers | AI Agents, Large Language Models
Chatbot Development | Chatbots, Chatbot, Conversational AI, AI Chatbot, Chat Bot, Chatbot Training, Chatbot Integration, GPT Chatbot, AI Chatbot Development, Chat Bot Development | Dialogflow, Large Language Models
Dialogflow | Google Dialogflow, Dialogflow CX | Chatbot Development
Rasa | Rasa NLU, Rasa Open Source | Chatbot Development, Python
Microsoft Bot Framework | Azure Bot Service, Copilot Studio | Chatbot Development
Hugging Face | HuggingFace, Hugging Face Transformers, HF Transformers | Natural Language Processing, PyTorch, LLM Fine-Tuning
LLM Fine-Tuning | Model Fine-Tuning, Fine-Tuning LLMs, LoRA Fine-Tuning, QLoRA, PEFT, Fine-Tuning, Fine Tuning | Hugging Face, Large Language Models, PyTorch
LLM Evaluation | LLM Evals, AI Evaluation, LLM Testing | Large Language Models
Embeddings | Text Embeddings, Vector Embeddings, Sentence Transformers | Vector Databases, Semantic Search
Semantic Search | Vector Search, Similarity Search | Embeddings, Vector Databases
Vector Databases | Vector Database, Vector DB, Vector Store | Pinecone, Embeddings, Retrieval-Augmented Generation
Pinecone | | Vector Databases
Weaviate | | Vector Databases
Milvus | Zilliz | Vector Databases
Qdrant | | Vector Databases
ChromaDB | Chroma DB | Vector Databases
pgvector | | PostgreSQL, Vector Databases
FAISS | | Vector Databases, Semantic Search
Ollama | | Large Language Models, Meta Llama
Meta Llama | Llama 2, Llama 3, LLaMA Models, ~LLaMA | Large Language Models, Ollama
vLLM | | Large Language Models, LLM Deployment
LLM Deployment | LLM Inference, Model Serving, LLM Hosting | vLLM, MLOps
Stable Diffusion | SDXL, Stable Diffusion XL, Diffusion Models | Generative AI, ComfyUI
ComfyUI | | Stable Diffusion
OpenAI Whisper | Whisper API | Speech Recognition, OpenAI API
Gradio | | Hugging Face, Python
AI Integration | AI API Integration, AI-Powered Features, AI Model Integration, AI Integrations, ChatGPT API Integration, GPT Integration | OpenAI API, API Integration

# category: data/mlops
MLOps | ML Ops, Machine Learning Operations, Model Deployment, ML Deployment | Machine Learning, Docker, MLflow, Kubeflow
MLflow | | MLOps
Kubeflow | | MLOps, Kubernetes
Amazon SageMaker | SageMaker, AWS SageMaker | AWS, MLOps
Google Vertex AI | Vertex AI | Google Cloud Platform, MLOps
Azure Machine Learning | Azure ML, AzureML | Microsoft Azure, MLOps
Weights & Biases | W&B, wandb | MLOps
DVC | Data Version Control | MLOps, Git
CUDA | NVIDIA CUDA, GPU Programming, CUDA C++ | C++, Deep Learning, High-Performance Computing
OpenCL | | CUDA, C++
`,
  "data-science": `
# category: data/scientific-computing
Scientific Computing | Numerical Computing, Numerical Methods, Numerical Analysis | Python, MATLAB, Fortran, NumPy
High-Performance Computing | HPC, Supercomputing | C++, CUDA, MPI
MPI | Message Passing Interface, OpenMPI, OpenMP | High-Performance Computing, C++
Bioinformatics | Computational Biology, Genomics Analysis, Biopython | Python, R
Quantum Computing | Qiskit, Quantum Programming, Cirq | Python
Knowledge Graphs | Knowledge Graph | Graph Databases, Semantic Web
Semantic Web | RDF, SPARQL, Linked Data, Ontology Engineering | Knowledge Graphs

# category: data/geospatial
OpenStreetMap | OSM | Google Maps API
GIS | Geographic Information Systems, Geographic Information System, GIS Analysis, GIS Mapping | QGIS, ArcGIS, PostGIS
QGIS | | GIS
ArcGIS | Esri ArcGIS, ArcGIS Pro, ArcMap, Esri | GIS
PostGIS | | PostgreSQL, GIS
GeoPandas | Shapely | Python, GIS
Google Earth Engine | Earth Engine | GIS, Remote Sensing
Remote Sensing | Satellite Imagery Analysis, Satellite Image Processing | GIS, Computer Vision
`,
  "it-cloud": `
# category: it/cloud
Cloud Computing | Cloud Services, Cloud Platforms, Cloud Engineering | AWS, Microsoft Azure, Google Cloud Platform | generic
Cloud Architecture | Cloud Solutions Architecture, Cloud Solution Architecture | Cloud Computing, AWS, Microsoft Azure
Cloud Migration | Cloud Migrations, Migration to AWS, Migration to Azure | Cloud Computing, AWS, Microsoft Azure
Cloud Cost Optimization | FinOps, Cloud Cost Management, AWS Cost Optimization | AWS, Cloud Computing
Cloud Security | AWS Security, Azure Security, Cloud Security Posture | Cloud Computing, Identity and Access Management
Serverless | Serverless Architecture, Serverless Computing, Serverless Framework, Serverless Functions | AWS Lambda, Azure Functions, Google Cloud Functions
Amazon Web Services | AWS, Amazon AWS | Amazon EC2, Amazon S3, AWS Lambda, Cloud Computing
Amazon EC2 | EC2, AWS EC2 | AWS, Linux
AWS Lambda | Amazon Lambda, AWS Lambda Functions | Serverless, AWS, Amazon API Gateway
Amazon S3 | S3, AWS S3, S3 Buckets | AWS
Amazon ECS | ECS, AWS ECS, AWS Fargate, Fargate | Docker, AWS
Amazon EKS | EKS, AWS EKS | Kubernetes, AWS
AWS CloudFormation | CloudFormation, CFN Templates | Infrastructure as Code, AWS
AWS CDK | CDK, Cloud Development Kit, AWS Cloud Development Kit | AWS CloudFormation, TypeScript
Amazon CloudFront | CloudFront, AWS CloudFront | CDN, AWS
Amazon Route 53 | Route 53, Route53 | DNS, AWS
Amazon API Gateway | AWS API Gateway | AWS Lambda, API Development
Amazon SQS | SQS, AWS SQS | AWS, Amazon SNS
Amazon SNS | SNS Notifications, AWS SNS | AWS, Amazon SQS
AWS IAM | Amazon IAM, IAM Policies | AWS, Identity and Access Management
Amazon VPC | AWS VPC, VPC | AWS, Computer Networking
AWS Amplify | Amplify Framework | AWS, React
AWS Elastic Beanstalk | Elastic Beanstalk | AWS
Amazon Lightsail | Lightsail, AWS Lightsail | AWS, Web Hosting
AWS Step Functions | Step Functions | AWS Lambda
Amazon Cognito | Cognito, AWS Cognito | Authentication, AWS
Amazon CloudWatch | CloudWatch, AWS CloudWatch | AWS, Infrastructure Monitoring
Amazon EventBridge | EventBridge | AWS, Event-Driven Architecture
Microsoft Azure | Azure, MS Azure, Windows Azure | Cloud Computing, Azure Functions, Azure DevOps | ambiguous
Azure Functions | Azure Function Apps | Microsoft Azure, Serverless
Azure App Service | Azure Web Apps, Azure Web App | Microsoft Azure, ASP.NET Core
Azure Kubernetes Service | AKS | Kubernetes, Microsoft Azure
Azure Blob Storage | Azure Storage | Microsoft Azure
Azure Logic Apps | Logic Apps | Microsoft Azure, Power Automate
Azure Virtual Machines | Azure VMs, Azure VM | Microsoft Azure
Azure API Management | APIM | Microsoft Azure, API Development
Google Cloud Platform | GCP, Google Cloud | Cloud Computing, Google Kubernetes Engine, Google BigQuery
Google Kubernetes Engine | GKE | Kubernetes, Google Cloud Platform
Google Cloud Run | Cloud Run | Docker, Google Cloud Platform
Google Cloud Functions | Cloud Functions, Cloud Functions for Firebase, Firebase Functions | Google Cloud Platform, Serverless, Firebase
Google App Engine | App Engine, GAE | Google Cloud Platform
Google Compute Engine | Compute Engine, GCP Compute Engine | Google Cloud Platform
Google Cloud Storage | GCS | Google Cloud Platform
Google Pub/Sub | Pub/Sub, Cloud Pub/Sub, PubSub | Google Cloud Platform, Event-Driven Architecture
Oracle Cloud | OCI, Oracle Cloud Infrastructure | Cloud Computing, Oracle Database
IBM Cloud | IBM Bluemix | Cloud Computing
Alibaba Cloud | Aliyun | Cloud Computing
DigitalOcean | Digital Ocean, DigitalOcean Droplets | Linux, VPS Management
Linode | Akamai Cloud Computing | Linux, VPS Management
Vultr | | Linux, VPS Management
Hetzner | Hetzner Cloud | Linux, VPS Management
Heroku | | Ruby on Rails, Node.js
Vercel | | Next.js, Netlify
Netlify | | JAMstack, Vercel
Cloudflare | | CDN, DNS, Cloudflare Workers
Cloudflare Workers | Cloudflare Pages, Workers KV | Cloudflare, Serverless
Fly.io | | Docker
OpenStack | | Linux, Virtualization
CDN | Content Delivery Network, CDN Setup | Cloudflare, Amazon CloudFront
Web Hosting | Website Hosting, Shared Hosting, Hosting Setup, Hosting Management, ~Hosting, Website Hosting Setup, Server Setup | cPanel, DNS, WordPress
cPanel | WHM, WebHost Manager | Web Hosting
Plesk | | Web Hosting
VPS Management | VPS, Virtual Private Server, VPS Setup, VPS Administration | Linux System Administration, Web Hosting
`,
  "it-devops": `
# category: it/devops
DevOps | Dev Ops, DevOps Engineering | CI/CD, Docker, Kubernetes, Infrastructure as Code
CI/CD | CICD, CI CD, Continuous Integration, Continuous Delivery, Continuous Deployment, CI/CD Pipelines, Deployment Automation, Release Automation, Application Release Automation | Jenkins, GitHub Actions, GitLab CI
Jenkins | Jenkins CI, Jenkins Pipelines, Jenkinsfile | CI/CD, Groovy | ambiguous
GitHub Actions | GH Actions | CI/CD, GitHub
GitLab CI | GitLab CI/CD, GitLab Pipelines | CI/CD, GitLab
CircleCI | Circle CI | CI/CD
Travis CI | TravisCI | CI/CD
Bitbucket Pipelines | | Bitbucket, CI/CD
TeamCity | | CI/CD
Azure DevOps | Azure Pipelines, VSTS, TFS, Team Foundation Server | CI/CD, Microsoft Azure
Argo CD | ArgoCD | Kubernetes, GitOps
GitOps | Flux CD, FluxCD | Argo CD, Kubernetes
Docker | Docker Containers, Dockerfile, Dockerization, Dockerize | Kubernetes, Docker Compose, Containerization
Docker Compose | docker-compose | Docker
Containerization | Container Orchestration, Containerisation | Docker, Kubernetes
Podman | | Docker, Containerization
Kubernetes | K8s, Kube, Kubernetes Administration | Docker, Helm, Amazon EKS
Helm | Helm Charts, Helm Chart | Kubernetes | ambiguous
OpenShift | Red Hat OpenShift | Kubernetes
Rancher | Rancher Kubernetes, K3s | Kubernetes | ambiguous
Istio | Istio Service Mesh | Kubernetes, Microservices, Service Mesh
Service Mesh | Linkerd, Envoy Proxy | Istio, Kubernetes
Terraform | HashiCorp Terraform, Terraform Cloud, OpenTofu | Infrastructure as Code, AWS
Pulumi | | Infrastructure as Code, TypeScript
Infrastructure as Code | IaC, Infrastructure-as-Code | Terraform, Ansible, AWS CloudFormation
Ansible | Ansible Playbooks, Ansible Tower, AWX | Linux, Infrastructure as Code
Chef | Chef Infra | Ruby, Infrastructure as Code | ambiguous
Puppet | Puppet Enterprise | Infrastructure as Code | ambiguous
SaltStack | Salt Project | Infrastructure as Code
Vagrant | HashiCorp Vagrant | Virtualization | ambiguous
Packer | HashiCorp Packer | Terraform | ambiguous
HashiCorp Vault | Vault Secrets | Secrets Management
Secrets Management | Secret Management, AWS Secrets Manager, Azure Key Vault | HashiCorp Vault, DevSecOps
HashiCorp Consul | | Microservices
Makefile | GNU Make, Makefiles | C, C++
CMake | | C++, Makefile
Bazel | | Build Systems
Build Systems | Build Automation, Build Engineering | Makefile, Gradle, Maven, Bazel
Artifact Repository Management | JFrog Artifactory, Artifactory, Sonatype Nexus, Nexus Repository, Package Registry | CI/CD, Build Systems
SonarQube | SonarCloud, SonarLint | Static Code Analysis, CI/CD
Site Reliability Engineering | SRE, Site Reliability | DevOps, Observability
Release Management | Release Engineering | CI/CD
Nginx | NGINX Server, NGINX Plus, OpenResty | Linux, Load Balancing, Web Servers
Apache HTTP Server | Apache, Apache2, httpd, Apache Web Server | Linux, LAMP Stack, Web Servers | ambiguous
Microsoft IIS | IIS, Internet Information Services | Windows Server, ASP.NET
Web Servers | Web Server Configuration, Web Server Administration | Nginx, Apache HTTP Server
Caddy Server | Caddy | Web Servers | ambiguous
HAProxy | | Load Balancing
Traefik | | Docker, Load Balancing
Load Balancing | Load Balancer, Load Balancers | Nginx, HAProxy

# category: it/monitoring
Infrastructure Monitoring | System Monitoring, Server Monitoring, Network Monitoring, Uptime Monitoring | Prometheus, Grafana, Nagios
Observability | Application Performance Monitoring, APM | OpenTelemetry, Datadog, Infrastructure Monitoring
Prometheus | PromQL | Grafana, Infrastructure Monitoring
Grafana | Grafana Dashboards, Grafana Loki | Prometheus, Observability
OpenTelemetry | OTel | Observability
Datadog | | Observability, Infrastructure Monitoring
New Relic | NewRelic | Observability
Dynatrace | | Observability
Splunk | Splunk Enterprise, SPL | SIEM, Log Management
ELK Stack | Elastic Stack, ELK | Elasticsearch, Logstash, Kibana | ambiguous
Logstash | | ELK Stack, Elasticsearch
Kibana | | Elasticsearch, ELK Stack
Log Management | Centralized Logging, Log Analysis, Fluentd, Fluent Bit | ELK Stack, Splunk
Nagios | | Infrastructure Monitoring
Zabbix | | Infrastructure Monitoring
Sentry | Sentry.io, Error Tracking, Crash Reporting | Observability
On-Call Management | PagerDuty, Opsgenie, Incident Alerting | Site Reliability Engineering, Infrastructure Monitoring
`,
  "it-sysadmin": `
# category: it/sysadmin
Computer Hardware | ~Hardware, Hardware Troubleshooting, PC Building, PC Hardware, Hardware Integration | IT Support | ambiguous
System Administration | Sysadmin, Systems Administration, Server Administration, Server Management, IT Administration, ~Server, ~Servers, Server Configuration | Linux System Administration, Windows Server
Linux | GNU/Linux, Linux OS | Bash, Ubuntu, Linux System Administration
Linux System Administration | Linux Administration, Linux Admin, Linux Server Administration, Linux Sysadmin, Linux Server Management | Linux, Bash, System Administration
Ubuntu | Ubuntu Server, Ubuntu Linux | Linux
Debian | Debian Linux | Linux
CentOS | Rocky Linux, AlmaLinux | Linux, Red Hat Enterprise Linux
Red Hat Enterprise Linux | RHEL, Red Hat Linux, RedHat Linux | Linux, CentOS
Arch Linux | | Linux
Unix | Solaris, AIX, FreeBSD, BSD | Linux, Shell Scripting
IBM Mainframe | Mainframe, z/OS, JCL, CICS | COBOL
Windows Server | Windows Server Administration, Windows Server 2019, Windows Server 2022 | Active Directory, PowerShell
Active Directory | Microsoft Active Directory, AD DS, Active Directory Domain Services | Windows Server, Group Policy, Azure Active Directory
Azure Active Directory | Azure AD, Microsoft Entra ID, Entra ID, AAD | Active Directory, Microsoft Azure, Single Sign-On
Group Policy | GPO, Group Policy Objects | Active Directory
Microsoft 365 Administration | Office 365 Administration, Microsoft 365 Admin, O365 Administration, M365 Administration, Office 365 Admin | Microsoft Exchange, SharePoint, Microsoft Intune
Microsoft Exchange | Exchange Server, Exchange Online, MS Exchange | Microsoft 365 Administration
SharePoint | SharePoint Online, SharePoint Development, SPFx, SharePoint Framework, SharePoint Designer | Microsoft 365 Administration, Power Automate
Microsoft Intune | Intune, Microsoft Endpoint Manager | Mobile Device Management
Mobile Device Management | MDM, Enterprise Mobility Management | Microsoft Intune, Apple Device Management
Apple Device Management | Jamf, Jamf Pro, macOS Administration, Mac Administration | Mobile Device Management
SCCM | Microsoft Configuration Manager, MECM, ConfigMgr, System Center Configuration Manager | Windows Server
Google Workspace Administration | G Suite Administration, Google Workspace Admin, G Suite Admin | Google Apps Script
Mail Server Administration | Mail Server, Email Server Setup, Postfix, Dovecot, Email Server | DNS, Linux System Administration
IT Support | Help Desk Support, Helpdesk, Help Desk, IT Helpdesk, Desktop Support, IT Technical Support, Technical Support, Tech Support, End User Technical Support, Remote Connection Support, Remote Support | System Administration, Windows Server
Remote IT Support | Remote Desktop Support, Remote Technical Support, TeamViewer Support | IT Support
Backup and Recovery | Backup & Recovery, Disaster Recovery, Data Backup, Backup Solutions, Veeam, ~Backup, ~Backups, Website Backup, Ecommerce Backup & Migration | System Administration
Network Attached Storage | NAS, Synology, QNAP, TrueNAS | Backup and Recovery
IT Service Management | ITSM | ServiceNow, ITIL
ITIL | ITIL v4, ITIL Framework | IT Service Management
Virtualization | Server Virtualization, Virtual Machines | VMware, Hyper-V, Proxmox
VMware | VMware vSphere, vSphere, ESXi, VMware ESXi, vCenter | Virtualization
Hyper-V | Microsoft Hyper-V | Virtualization, Windows Server
Proxmox | Proxmox VE | Virtualization, Linux
KVM | QEMU, KVM Virtualization | Virtualization, Linux
VirtualBox | Oracle VirtualBox | Virtualization
Citrix | Citrix Virtual Apps, Citrix XenApp, XenApp, Citrix XenDesktop | Virtualization, VDI
VDI | Virtual Desktop Infrastructure, Azure Virtual Desktop, AVD, VMware Horizon | Virtualization, Citrix

# category: it/networking
Computer Networking | Network Engineering, Computer Networks, Network Engineer | TCP/IP, Cisco, Network Administration
Network Administration | Network Admin, Network Management, Network Support | Computer Networking, Firewall Configuration
Network Design | Network Architecture, Network Planning | Computer Networking
TCP/IP | TCP, IP Networking, TCP/IP Networking, Subnetting | Computer Networking
DNS | DNS Management, Domain Name System, DNS Configuration, BIND9, Domain Name, Domain Names, Domain Setup, Domain Migration | Computer Networking, Cloudflare
DHCP | Dynamic Host Configuration Protocol | DNS, Computer Networking
SSL/TLS | SSL, TLS, SSL Certificates, SSL Certificate, HTTPS, Let's Encrypt | Web Hosting, Nginx, Cryptography
Cisco | Cisco IOS, Cisco Networking, CCNA, CCNP, Cisco Meraki, Meraki | Routing and Switching, Computer Networking
Juniper Networks | Junos, Juniper Routers | Routing and Switching
MikroTik | RouterOS | Routing and Switching
Ubiquiti | UniFi, Ubiquiti UniFi | Wireless Networking
Routing and Switching | Routing & Switching, Routing and Switching Configuration, OSPF, EIGRP | Cisco, BGP, VLAN
BGP | Border Gateway Protocol | Routing and Switching
VLAN | VLANs, VLAN Configuration | Routing and Switching
SD-WAN | SDWAN | Computer Networking
Wireless Networking | Wi-Fi Networking, WiFi Setup, Wi-Fi Setup, WLAN, Wireless Network Setup | Computer Networking, Ubiquiti
Network Cabling | Structured Cabling, Ethernet Cabling, Cat6 Cabling | Computer Networking
VPN | Virtual Private Network, VPN Setup, WireGuard, OpenVPN, IPsec | Network Security, Firewall Configuration
VoIP | Voice over IP, VoIP Setup, PBX, IP Telephony, IVR, IVR Software, SIP, Session Initiation Protocol | Asterisk, Computer Networking
Asterisk | Asterisk PBX, FreePBX, Issabel | VoIP | ambiguous
Wireshark | Packet Analysis, tcpdump | TCP/IP, Network Security
Firewall Configuration | Firewall, Firewalls, Firewall Management, iptables | Network Security, pfSense
pfSense | OPNsense | Firewall Configuration
Fortinet | FortiGate, FortiGate Firewall | Firewall Configuration
Palo Alto Networks | Palo Alto Firewall, PAN-OS | Firewall Configuration
SonicWall | | Firewall Configuration
`,
  "it-security": `
# category: it/security
Cybersecurity | Cyber Security, Information Security, InfoSec, IT Security, Cyber-Security, Cybersecurity Management, Cybersecurity Monitoring, Security Analysis, ~Security, Intrusion Detection System, Malware Detection, Network Traffic Analysis, Internet Protocol Security | Penetration Testing, Network Security, Application Security | ambiguous
Penetration Testing | Pentesting, Pen Testing, Pentest, Ethical Hacking, Penetration Test | Vulnerability Assessment, Burp Suite, Kali Linux, Metasploit
Vulnerability Assessment | Vulnerability Scanning, Vulnerability Management, VAPT | Penetration Testing, Nessus
Application Security | AppSec, Web Application Security, Web Security, Secure Coding | OWASP, Penetration Testing
OWASP | OWASP Top 10, OWASP ZAP | Application Security
Network Security | Network Security Engineering | Firewall Configuration, VPN, Intrusion Detection
Intrusion Detection | Intrusion Detection Systems, Snort IDS, Suricata, Intrusion Prevention | Network Security, SIEM
Burp Suite | Burp Suite Pro, PortSwigger | Penetration Testing, Application Security
Metasploit | Metasploit Framework | Penetration Testing
Kali Linux | | Penetration Testing, Linux
Nmap | | Penetration Testing, Network Security
Nessus | Tenable Nessus | Vulnerability Assessment
Qualys | Qualys VMDR | Vulnerability Assessment
OpenVAS | Greenbone | Vulnerability Assessment
SIEM | Security Information and Event Management | Splunk, Microsoft Sentinel, Security Operations
Microsoft Sentinel | Azure Sentinel | SIEM, Microsoft Azure
Security Operations | SOC, Security Operations Center, SOC Analyst | SIEM, Incident Response
Incident Response | Security Incident Response, DFIR | Digital Forensics, Security Operations
Digital Forensics | Computer Forensics, Forensic Analysis | Incident Response, Malware Analysis
Malware Analysis | | Reverse Engineering, Digital Forensics
Reverse Engineering | Software Reverse Engineering, IDA Pro, Ghidra | Assembly Language, Malware Analysis
Threat Modeling | STRIDE Threat Modeling | Application Security
Identity and Access Management | IAM, Identity Management, Access Management | Okta, Active Directory, Single Sign-On
Okta | | Identity and Access Management, Single Sign-On
Auth0 | | Authentication, OAuth
Keycloak | | Single Sign-On, OpenID Connect
Single Sign-On | SSO | SAML, OAuth, OpenID Connect
SAML | SAML 2.0 | Single Sign-On
OAuth | OAuth 2.0, OAuth2 | OpenID Connect, JWT, Authentication
OpenID Connect | OIDC | OAuth, Single Sign-On
JWT | JSON Web Token, JSON Web Tokens | OAuth, Authentication
Authentication | User Authentication, Auth, Login Systems, Two-Factor Authentication, 2FA, Multi-Factor Authentication | OAuth, JWT, Auth0
Cryptography | Encryption, Data Encryption, Applied Cryptography | SSL/TLS, Zero-Knowledge Proofs
Security Auditing | Security Audit, Security Assessment, IT Security Audit | Vulnerability Assessment, SOC 2
SOC 2 | SOC2, SOC 2 Compliance | Security Auditing, ISO 27001
ISO 27001 | ISO/IEC 27001, ISMS | Security Auditing, SOC 2
PCI DSS | PCI Compliance, PCI-DSS | Security Auditing, Payment Gateway Integration
Zero Trust Security | Zero Trust, Zero Trust Architecture, ZTNA | Network Security, Identity and Access Management
Endpoint Security | EDR, Endpoint Protection, Endpoint Detection and Response, CrowdStrike, Microsoft Defender for Endpoint | Security Operations
DevSecOps | | DevOps, Application Security, Static Code Analysis
Static Code Analysis | SAST, Static Analysis, Code Scanning, Snyk | DevSecOps, SonarQube
Security Hardening | System Hardening, Server Hardening, CIS Benchmarks, Linux Hardening | Linux System Administration, Network Security
Web Application Firewall | WAF, ModSecurity | Cloudflare, Application Security
DDoS Protection | DDoS Mitigation, Anti-DDoS | Cloudflare, Network Security
Malware Removal | Website Malware Removal, Virus Removal, Hacked Website Repair, Website Cleanup | WordPress Security, Cybersecurity
Bug Bounty | Bug Bounty Hunting, HackerOne, Bugcrowd | Penetration Testing
Phishing Simulation | Phishing Awareness, Security Awareness Training | Cybersecurity
`,
  "it-collaboration": `
// Work-management tools the business half leaves to this file (see its header).
# category: it/collaboration-tools
Coda | Coda.io | Notion | ambiguous
Jira | Jira Software, Atlassian Jira, JIRA Cloud | Jira Administration, Confluence, Trello
Confluence | Atlassian Confluence, Confluence Wiki | Jira, Atlassian Plugin Development
Trello | Trello Boards | Jira, Asana
Asana | Asana Project Management | Trello, ClickUp, Monday.com | ambiguous
ClickUp | Click Up | Asana, Monday.com
Monday.com | Monday Work Management, monday.com CRM | Asana, ClickUp
Wrike | | Asana
Notion | Notion.so, Notion API, Notion Templates, Notion Workspace | Airtable, Confluence | ambiguous
Slack | Slack Workspace, Slack Administration | Slack API, Microsoft 365 Administration | ambiguous
`,
};
