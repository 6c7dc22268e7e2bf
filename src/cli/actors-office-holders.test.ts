// `dyad actors lookup` on defence ministers, central bank governors and armed forces chiefs of 2019-2026, as the news
// of their day named them: each holder is coded by the office they held on the article's date.
import { test } from 'node:test';
import { checkActorCases as check } from '../../test/support/actor-cases.js';

test('a defence minister is his government\'s military side (GOVMIL) while in office', () => {
  check([
    ['Sudanese Defence Minister Hassan Kabroun', '2025-07-10', 'SDNGOVMIL'],
    ['Defence Minister Yassin Ibrahim Yassin', '2022-11-02', 'SDNGOVMIL'],
    ['Argentine Defence Minister Carlos Presti', '2026-02-04', 'ARGGOVMIL'],
    ['Czech Defence Minister Jaromír Zůna', '2026-01-20', 'CZEGOVMIL'],
    ['Lithuanian Defence Minister Robertas Kaunas', '2025-12-03', 'LTUGOVMIL'],
    ['Kazakh Defence Minister Dauren Kosanov', '2025-09-15', 'KAZGOVMIL'],
    ['Somali Defence Minister Ahmed Moallim Fiqi', '2025-08-21', 'SOMGOVMIL'],
    ['Chilean Defence Minister Fernando Barros', '2026-04-02', 'CHLGOVMIL'],
  ]);
});

test('the same office passes from one holder to the next on the date of the change', () => {
  check([
    ['General Maung Maung Aye', '2023-05-01', 'MMRMIL'],
    ['Myanmar Defence Minister Maung Maung Aye', '2025-03-01', 'MMRGOVMIL'],
    ['Ruslan Zhaksylykov', '2024-05-07', 'KAZGOVMIL'],
    ['Ruslan Zhaksylykov', '2025-09-15', 'KAZELI'],
    ['Mohammad Reza Farzin', '2024-10-01', 'IRNGOVBUS'],
    ['Economy Minister Abdolnaser Hemmati', '2024-12-01', 'IRNGOV'],
    ['Iran\'s central bank governor Abdolnaser Hemmati', '2026-01-15', 'IRNGOVBUS'],
  ]);
});

test('a president or prime minister who holds the defence portfolio too keeps the code of the higher office', () => {
  check([
    ['Algerian President Abdelmadjid Tebboune', '2025-03-10', 'DZAGOV'],
    ['Jordanian Prime Minister Jafar Hassan', '2025-01-12', 'JORGOV'],
    ['Prince Khalid bin Salman', '2023-05-04', 'SAUGOVMIL'],
  ]);
});

test('the central bank governors of 2025-2026 are their country\'s government in business (GOVBUS)', () => {
  check([
    ['Fed Chair Kevin Warsh', '2026-06-17', 'USAGOVBUS'],
    ['Kevin Warsh', '2019-03-01', 'USAELI'],
    ['Syrian central bank governor Abdulkader Husrieh', '2025-06-01', 'SYRGOVBUS'],
    ['Laura Guerra Angulo', '2025-08-12', 'VENGOVBUS'],
    ['Bank of Thailand Governor Vitai Ratanakorn', '2025-11-05', 'THAGOVBUS'],
    ['Central Bank of Libya Governor Naji Issa', '2025-02-10', 'LBYGOVBUS'],
    ['Martin Kocher', '2023-06-01', 'AUTGOV'],
    ['Martin Kocher', '2025-10-30', 'AUTGOVBUS'],
  ]);
});

test('the armed forces chiefs of 2025-2026 are their country\'s military (MIL)', () => {
  check([
    ['Turkish Chief of General Staff Selçuk Bayraktaroğlu', '2025-10-01', 'TURMIL'],
    ['French chief of defence staff General Fabien Mandon', '2025-11-20', 'FRAMIL'],
    ['General Mohamed Osman al-Hussein', '2024-06-10', 'SDNMIL'],
    ['Syrian army chief of staff Ali Noureddine al-Naasan', '2025-03-08', 'SYRMIL'],
    ['JCS Chairman Jin Yong-sung', '2025-11-04', 'KORMIL'],
    ['Nigeria\'s Chief of Defence Staff Olufemi Oluyede', '2025-11-20', 'NGAMIL'],
  ]);
});
