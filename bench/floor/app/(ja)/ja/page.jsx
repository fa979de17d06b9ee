// The second reference: the floor plus one Japanese paragraph, so the cost of Japanese text
// itself (font fallback, line breaking) is in the reference and not counted against the site.
export default function Page() {
  return (
    <main>
      <h1>床（日本語の段落つき）</h1>
      <p>
        2013 年 4 月、ある人がネット オークションで Windows 7 Professional のプロダクト キーだけを格安で買いました。1 つ目のキーはブロックされていて、2
        つ目のキーは認証回数の上限を超えていました。3 つ目のキーで認証は通りましたが、それでこの PC を使ってよいことになるのでしょうか。このページは、ライセンスとライセンス認証の違いを確かめるための比較用の段落です。
      </p>
    </main>
  );
}
