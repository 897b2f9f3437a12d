/**
 * The Korean pass (utils/recognize/passes/findKoreanNames.ts): names in Hangul, written without capitals
 * and with their particles glued on, found on evidence (a title beside the name, repetition, a subject
 * particle), split from their particles with exact offsets, with the title as the role. Every sentence
 * here was written for these tests; the names are common Korean names or well-known public figures.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../utils/recognize/recognize';
import { detectLanguage } from '../../utils/recognize/language';
import { parseKoreanName } from '../../utils/recognize/passes/findKoreanNames';
import type { Entity } from '../../utils/types';

const person = (es: Entity[], name: string) => es.find((e) => e.name === name && e.type === 'person');
const people = (es: Entity[]) => es.filter((e) => e.type === 'person').map((e) => e.name);
// Both recognizer paths: the rule passes alone, and the tagger's (which finds nothing in Hangul).
const both = (text: string) => [recognize(text), recognize(text, { spans: [] })];

describe('Korean names', () => {
  it('Hangul text is Korean', () => {
    expect(detectLanguage('문재인 대통령은 이날 청와대에서 열린 회의에서 경제 회복을 강조했다.')).toBe('ko');
    expect(detectLanguage('President Moon Jae-in (문재인) spoke in Seoul on Monday about the economy.')).toBe('en');
  });

  it('a word is family name + two-syllable given name + particle, or no name', () => {
    expect(parseKoreanName('남상미는')).toEqual({ stem: '남상미', rest: '는', family: 1 });
    expect(parseKoreanName('이유리에게')).toEqual({ stem: '이유리', rest: '에게', family: 1 });
    expect(parseKoreanName('남궁민수는')).toEqual({ stem: '남궁민수', rest: '는', family: 2 });
    expect(parseKoreanName('이야기들은')).toBeNull(); // "들은" is no particle
    expect(parseKoreanName('여주인공')).toBeNull(); // 여 + 주인 + "공"
    expect(parseKoreanName('대통령')).toBeNull(); // 대 is no family name
  });

  it('the particle is cut off: every mention is the name itself, at its exact offsets', () => {
    const t = '남상미는 이번 작품에서 주목을 받았다. 남상미의 연기는 차분했다. 그래서 남상미가 돋보였다.';
    for (const es of both(t)) {
      const e = person(es, '남상미');
      expect(e?.mentions).toHaveLength(3);
      for (const m of e!.mentions) expect([m.text, t.slice(m.start, m.end)]).toEqual(['남상미', '남상미']);
    }
  });

  it('a title after the name is the role; an office makes it official', () => {
    const t =
      '문재인 대통령은 14일 청와대에서 국무회의를 열었다. 박근혜 전 대통령은 입장을 내지 않았다. ' +
      '이승만 전 대통령의 기념관이 열렸다. 이주열 한국은행 총재는 금리를 동결했다. 홍남기 경제부총리가 참석했다. 김순옥 작가의 신작이 화제다.';
    for (const es of both(t)) {
      expect(person(es, '문재인')).toMatchObject({ role: '대통령', official: true });
      expect(person(es, '박근혜')).toMatchObject({ role: '전 대통령', official: true });
      // (a name whose given syllables are rare in names, "승만", still has its office after it)
      expect(person(es, '이승만')).toMatchObject({ role: '전 대통령', official: true });
      expect(person(es, '이주열')).toMatchObject({ role: '한국은행 총재', official: true });
      expect(person(es, '홍남기')).toMatchObject({ role: '경제부총리', official: true });
      expect(person(es, '김순옥')).toMatchObject({ role: '작가', official: false });
    }
  });

  it('a title before the name ("소설가 박생강의") is its role too', () => {
    const t = '[엔터미디어=소설가 박생강의 옆구리tv] 주말 밤 드라마가 흔하다. 칼럼니스트 정덕현 씨가 썼다.';
    for (const es of both(t)) {
      expect(person(es, '박생강')?.role).toBe('소설가');
      expect(person(es, '정덕현')?.role).toBe('칼럼니스트');
    }
  });

  it('"X는 … 배우다.": the title that ends the sentence about the name is its role', () => {
    const t = '이번 드라마는 평범했다. 한지민은 오랫동안 조연으로 활동해 온 배우다. 그래도 반응이 좋았다.';
    for (const es of both(t)) expect(person(es, '한지민')?.role).toBe('배우');
  });

  it('the family name alone with a title ("문 대통령은") is the person named in full', () => {
    const t = '문재인 대통령은 회의를 열었다. 문 대통령은 이어 지원을 강조했다.';
    for (const es of both(t)) {
      expect(people(es)).toEqual(['문재인']);
      expect(person(es, '문재인')?.mentions.map((m) => m.text)).toEqual(['문재인', '문']);
    }
  });

  it('the honorific 씨, glued or apart, makes a person', () => {
    for (const es of both('홍길동씨는 장사가 안 된다고 말했다. 시장에서 만난 박서준 씨도 같은 말을 했다.'))
      expect(people(es).sort()).toEqual(['박서준', '홍길동']);
  });

  it('without a title: a name-shaped word written twice, or once as a subject, is a person', () => {
    const t =
      '류화영은 입장을 밝혔다. 이 과정에서 류화영이 폭로한 내용은 달랐다. 시어머니 역을 맡은 이미숙은 짧게 나왔다.';
    for (const es of both(t)) expect(people(es).sort()).toEqual(['류화영', '이미숙']);
  });

  it('ordinary words that open with a family-name syllable are nobody', () => {
    const t =
      '이번 조치는 다음 달까지 이어진다. 정부는 지난해에 이어 지원책을 냈다. 이야기는 간단하다. ' +
      '피해자는 많았다. 사랑하는 사람들이 모였다. 치고 나가지는 않지만 꼼꼼하다. 진정한 주인공은 따로 있다. ' +
      '오로지 여주인공 한 사람만 남았다. 심심한 여주인공이었다. 유일한 방책은 없었다. 승부수가 금방 읽혔다. ' +
      '고아가 된 주인공은 상대방의 진심을 몰랐다. 한국은행은 금리를 동결했다. 강강강이 이어졌다.';
    for (const es of both(t)) expect(people(es)).toEqual([]);
  });

  it('two names joined by a hyphen are two people', () => {
    const t = '엘제이와 류화영은 다퉜다. 이번 엘제이-류화영의 싸움은 길어졌다. 류화영이 먼저 말했다.';
    for (const es of both(t)) {
      const e = person(es, '류화영');
      expect(e?.mentions).toHaveLength(3);
      const m = e!.mentions[1];
      expect(t.slice(m.start, m.end)).toBe('류화영');
    }
  });

  it('English text is left to the other passes', () => {
    const es = recognize('Kim Jong-un met President Moon Jae-in in Panmunjom, said spokesman Yoon Young-chan.');
    expect(people(es)).toContain('Kim Jong-un');
  });
});
