import { describe, expect, it } from "vitest";
import { Rng } from "./prng.js";
import { boilerplateLetter, freelancerOverview, listPhrase, personalizedLetter, withArticle, yearsPhrase } from "./text.js";

describe("prose helpers", () => {
  it.each([
    [[], ""],
    [["React"], "React"],
    [["React", "Redux"], "React and Redux"],
    [["React", "Redux", "Jest"], "React, Redux and Jest"],
  ])("when listing %j then it reads %j", (items, phrase) => {
    expect(listPhrase(items)).toBe(phrase);
  });

  it("when choosing articles and plurals then they agree with the word", () => {
    expect([withArticle("engineer"), withArticle("developer"), withArticle("Expert")]).toEqual(["an engineer", "a developer", "an Expert"]);
    expect([yearsPhrase(1), yearsPhrase(4)]).toEqual(["1 year", "4 years"]);
  });

  it("when writing an overview then it names the first skills in a sentence", () => {
    const text = freelancerOverview(new Rng(1), "Designer", 5, ["Figma", "Sketch", "Illustrator", "Photoshop"]);
    expect(text).toContain("Figma, Sketch and Illustrator");
    expect(text).toContain("Photoshop");
  });

  it("when a letter is personalized then it quotes the job and the matched skills; boilerplate names neither", () => {
    const personal = personalizedLetter(new Rng(2), "Build a Shopify store", ["Shopify", "Liquid"], 3);
    expect(personal).toContain('"Build a Shopify store"');
    expect(personal).toContain("Shopify and Liquid");
    const generic = boilerplateLetter(new Rng(2), "Web Developer", ["Shopify", "Liquid"]);
    expect(generic).not.toContain("Build a Shopify store");
    expect(boilerplateLetter(new Rng(2), "Web Developer", ["Shopify", "Liquid"])).toBe(generic);
  });
});
