package vn.cong.demo;

import java.util.List;

/** The shape of {@code demo/articles.json}: per unit hostname, its contacts and its items. */
public class DemoContent {

    public List<DemoUnit> units;

    public static class DemoUnit {
        public String host;
        public Contacts contacts;
        public List<DemoItem> items;
    }

    public static class Contacts {
        public String address;
        public String phone;
        public String email;
    }

    public static class DemoItem {
        public String category;
        public String lang;
        public String title;
        public String summary;
        public String body;
        public String source;
        public String author;
        public int daysAgo;
    }
}
